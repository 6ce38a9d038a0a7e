"""The moment feeds give a notice known only to the month (pure logic): inside that month
in every time zone, and never before a version the notice cites took effect."""

import datetime

import pytest

from announcements.rules.notice_dates import DatePrecision, NoticeDate

JULY_2024 = NoticeDate(datetime.date(2024, 7, 1), DatePrecision.MONTH)
UTC = datetime.UTC


def in_every_time_zone(moment: datetime.datetime) -> set[tuple[int, int]]:
    return {
        (local.year, local.month)
        for hours in range(-12, 15)
        for local in [moment.astimezone(datetime.timezone(datetime.timedelta(hours=hours)))]
    }


@pytest.mark.parametrize(
    ("not_before", "expected"),
    [
        (None, datetime.datetime(2024, 7, 1, 12, tzinfo=UTC)),
        (datetime.date(2024, 7, 5), datetime.datetime(2024, 7, 5, 12, tzinfo=UTC)),  # the SD3 notice cites 5 July
        (datetime.date(2024, 7, 31), datetime.datetime(2024, 7, 31, 9, 59, 59, tzinfo=UTC)),
        (datetime.date(2024, 6, 20), datetime.datetime(2024, 7, 1, 12, tzinfo=UTC)),  # cited before the month
    ],
)
def test_a_month_only_notice_is_dated_inside_its_month_everywhere(not_before, expected):
    moment = JULY_2024.published_at(None, not_before=not_before)

    assert moment == expected
    assert in_every_time_zone(moment) == {(2024, 7)}


def test_a_first_publication_inside_the_month_everywhere_is_kept():
    published = datetime.datetime(2024, 7, 10, 8, 30, tzinfo=UTC)

    assert JULY_2024.published_at(published) == published


def test_a_first_publication_on_the_months_edge_is_not():
    tokyo_first_of_july = datetime.datetime(2024, 6, 30, 15, 30, tzinfo=UTC)  # 00:30 on 1 July in Tokyo

    assert JULY_2024.published_at(tokyo_first_of_july) == datetime.datetime(2024, 7, 1, 12, tzinfo=UTC)


@pytest.mark.django_db
def test_the_loaded_notice_carries_its_own_history(client, notice):
    """Loaded today, the July 2024 notice is still published in July 2024 (5 July, when
    the version it cites took effect) and not modified since, for every program."""
    moment = datetime.datetime(2024, 7, 5, 12, tzinfo=UTC)
    api = client.get(f"/en/api/v1/announcements/{notice.pk}/").json()
    feed_item = client.get("/en/feeds/json/").json()["items"][0]

    assert (notice.first_published_at, notice.last_published_at) == (moment, moment)
    assert datetime.datetime.fromisoformat(api["first_published_at"]) == moment
    assert datetime.datetime.fromisoformat(api["last_published_at"]) == moment
    assert datetime.datetime.fromisoformat(feed_item["date_published"]) == moment
    assert datetime.datetime.fromisoformat(feed_item["date_modified"]) == moment
