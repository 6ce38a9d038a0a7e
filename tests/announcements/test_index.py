"""The announcement list: newest first, paginated, filtered by topic, with an "updated" mark."""

import datetime
from unittest import mock

import pytest

from announcements.models import Topic
from announcements.public.listing import PER_PAGE
from tests.html import soup, visible_text
from tests.pages import publish_announcement, publish_correction

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".announcement-list h2 a")]


@pytest.fixture
def many(notice):
    """Twelve announcements besides the SD3 notice, one a day from 2030-01-01."""
    notice.date = datetime.date(2024, 7, 10)
    notice.save_revision().publish()
    return [publish_announcement(f"n{day:02}", date=datetime.date(2030, 1, day)) for day in range(1, 13)]


def test_the_list_is_newest_first_and_paginated(client, many, notice):
    first = client.get("/en/")
    second = client.get("/en/?page=2")

    assert titles(first) == [f"Notice n{day:02}" for day in range(12, 2, -1)]
    assert titles(second) == ["Notice n02", "Notice n01", notice.title_en]
    assert len(titles(first)) == PER_PAGE
    assert "Page 2 of 2" in visible_text(second)
    assert soup(first).select_one('.pagination a[rel="next"]')["href"] == "?page=2"


@pytest.mark.parametrize(
    ("query", "expected_page"), [("?page=abc", 1), ("?page=0", 2), ("?page=99", 2), ("?page=-1", 2)]
)
def test_a_bad_page_number_gives_the_first_or_last_page(client, many, query, expected_page):
    response = client.get(f"/en/{query}")

    assert response.status_code == 200
    current = soup(response).select_one('.pagination a[aria-current="page"]')
    assert current.get_text(strip=True) == str(expected_page)


def test_a_topic_filter_keeps_only_its_announcements_in_both_languages(client, many, notice):
    on_site = Topic.objects.get(slug="on-site-generation")
    tagged = publish_announcement("generation", date=datetime.date(2031, 1, 1), topics=[on_site])

    english = client.get("/en/?topic=on-site-generation")
    japanese = client.get("/ja/?topic=on-site-generation")

    assert titles(english) == [tagged.title_en]
    assert titles(japanese) == [tagged.title_ja]
    assert "1 announcement about On-site generation." in visible_text(english)
    assert "サイト上での生成に関するお知らせ：1件" in visible_text(japanese)
    switch = soup(japanese).select_one('.language-switcher a[hreflang="en"]')["href"]
    assert switch == "/en/?topic=on-site-generation"


def test_an_unknown_topic_is_a_localized_404(client):
    response = client.get("/ja/?topic=no-such-topic")

    assert response.status_code == 404
    assert "ページが見つかりません" in visible_text(response)


def test_a_topic_without_announcements_is_explained_not_an_error(client, notice):
    response = client.get("/en/?topic=on-site-generation")

    assert response.status_code == 200
    assert titles(response) == []
    assert "No announcements about this topic have been published in this language yet." in visible_text(response)


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
