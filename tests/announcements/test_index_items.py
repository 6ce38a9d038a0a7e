"""What each item of the announcement list shows: its date, to the precision known, and an
"updated" mark once corrected."""

import datetime
from unittest import mock

import pytest

from announcements.factories import AnnouncementPageFactory, publish_correction
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page):
    return AnnouncementPageFactory(date=datetime.date(2024, 7, 10))


@pytest.mark.parametrize(("language", "mark"), [("en", "Updated July 12, 2024"), ("ja", "更新 2024年7月12日")])
def test_a_corrected_announcement_is_marked_updated_in_the_list(client, notice, language, mark):
    assert soup(client.get(f"/{language}/")).select(".updated-mark") == []

    publish_correction(notice, date=datetime.date(2024, 7, 12), note_en="Fixed a date.", note_ja="日付を訂正しました。")

    marks = soup(client.get(f"/{language}/")).select(".updated-mark")
    assert [m.get_text(" ", strip=True) for m in marks] == [mark]


@pytest.mark.parametrize(
    ("language", "precision", "expected", "machine"),
    [
        ("en", "day", "July 5, 2024 (2\xa0years ago)", "2024-07-05"),
        ("ja", "day", "2024年7月5日（2年前）", "2024-07-05"),
        ("en", "month", "July 2024 (2\xa0years ago)", "2024-07"),
        ("ja", "month", "2024年7月（2年前）", "2024-07"),
    ],
)
def test_dates_are_shown_to_the_precision_known_in_the_readers_language(
    client, notice, language, precision, expected, machine
):
    notice.date, notice.date_precision = datetime.date(2024, 7, 5), precision
    notice.full_clean()
    notice.save_revision().publish()

    with mock.patch("django.utils.timezone.localdate", return_value=datetime.date(2026, 11, 29)):
        date = soup(client.get(f"/{language}/")).select_one(".announcement-item .meta > span")

    assert date.get_text().strip() == expected  # Japanese puts no space before its full-width bracket
    assert date.time["datetime"] == machine
