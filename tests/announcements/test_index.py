"""The announcement list: newest first, paginated, filtered by topic."""

import datetime

import pytest

from announcements.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory, TopicFactory
from announcements.models import AnnouncementPage
from announcements.public.listing import PER_PAGE
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".announcement-list h2 a")]


@pytest.fixture(scope="module")
def listed(module_data):
    """Shared by the module's tests: the home page, a notice dated 2024-07-10 and twelve
    announcements after it, one a day from 2030-01-01."""
    with module_data.build():
        AnnouncementIndexPageFactory.as_home_page()
        notice = AnnouncementPageFactory(date=datetime.date(2024, 7, 10))
        for day in range(1, 13):
            AnnouncementPageFactory(title_en=f"Notice n{day:02}", date=datetime.date(2030, 1, day))
    return notice.pk


@pytest.fixture
def notice(listed, db):
    return AnnouncementPage.objects.get(pk=listed)


def test_the_list_is_newest_first_and_paginated(client, notice):
    first = client.get("/en/")
    second = client.get("/en/?page=2")

    assert titles(first) == [f"Notice n{day:02}" for day in range(12, 2, -1)]
    assert titles(second) == ["Notice n02", "Notice n01", notice.title_en]
    assert len(titles(first)) == PER_PAGE
    assert "Page 2 of 2" in visible_text(second)
    assert soup(first).select_one('.pagination a[rel="next"]')["href"] == "?page=2"


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("?page=abc", "/en/"),
        ("?page=1", "/en/"),
        ("?page=0", "/en/?page=2"),
        ("?page=99", "/en/?page=2"),
        ("?page=-1", "/en/?page=2"),
        ("?page=1e9", "/en/"),
        ("?page=%00", "/en/"),
        ("?page=%D9%A3", "/en/?page=2"),  # an Arabic-Indic digit three: the last page, 2
        ("?page=" + "9" * 3500, "/en/?page=2"),
        ("?topic=", "/en/"),
    ],
)
def test_a_bad_page_number_redirects_to_the_first_or_last_page(client, notice, query, canonical):
    response = client.get(f"/en/{query}")

    assert response.status_code == 302
    assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_a_topic_filter_keeps_only_its_announcements_in_both_languages(client, notice):
    topic = TopicFactory(slug="on-site-generation", name_en="On-site generation", name_ja="サイト上での生成")
    tagged = AnnouncementPageFactory(date=datetime.date(2031, 1, 1), topics=[topic])

    english = client.get("/en/?topic=on-site-generation")
    japanese = client.get("/ja/?topic=on-site-generation")

    assert titles(english) == [tagged.title_en]
    assert titles(japanese) == [tagged.title_ja]
    assert "1 announcement about On-site generation." in visible_text(english)
    assert "サイト上での生成に関するお知らせ：1件" in visible_text(japanese)
    switch = soup(japanese).select_one('.language-switcher a[hreflang="en"]')["href"]
    assert switch == "/en/?topic=on-site-generation"


def test_an_unknown_topic_is_a_localized_404(client, notice):
    response = client.get("/ja/?topic=no-such-topic")

    assert response.status_code == 404
    assert "ページが見つかりません" in visible_text(response)


def test_a_topic_without_announcements_is_explained_not_an_error(client, notice):
    TopicFactory(slug="on-site-generation")

    response = client.get("/en/?topic=on-site-generation")

    assert response.status_code == 200
    assert titles(response) == []
    assert "No announcements about this topic yet." in visible_text(response)  # in no language: not "yet here"
    assert "0 announcements" not in visible_text(response)  # said once, in words
    assert "このトピックのお知らせはまだありません。" in visible_text(client.get("/ja/?topic=on-site-generation"))


def test_a_topic_with_announcements_only_in_english_says_so_in_japanese(client, notice):
    topic = TopicFactory(slug="hosting")
    AnnouncementPageFactory(
        topics=[topic], default_language_only=True, default_language_only_reason="Japanese follows next week."
    )

    japanese = visible_text(client.get("/ja/?topic=hosting"))

    assert "このトピックのお知らせは、この言語ではまだ公開されていません。" in japanese


def test_topic_counts_follow_each_language_s_typography(client, notice):
    """English puts a space before "(1)"; Japanese full-width brackets take none."""
    topic = TopicFactory(slug="models", name_en="Models", name_ja="モデル")
    AnnouncementPageFactory(date=datetime.date(2031, 2, 1), topics=[topic])

    def chip(language: str) -> str:
        link = soup(client.get(f"/{language}/")).select_one('a[href="?topic=models"]')
        return link.get_text()

    assert chip("en") == "Models (1)"
    assert chip("ja") == "モデル（1）"


def test_a_topic_reads_as_it_does_mid_sentence(client, home_page):
    """ "1 announcement about On-site generation." read wrong: a topic has a mid-sentence
    form in each language that needs one, and the name where none is given."""
    topic = TopicFactory(
        slug="on-site-generation", name_en="On-site generation", name_in_sentence_en="on-site generation"
    )
    AnnouncementPageFactory(topics=[topic])

    assert "1 announcement about on-site generation." in visible_text(client.get("/en/?topic=on-site-generation"))
    japanese = visible_text(client.get("/ja/?topic=on-site-generation"))
    assert topic.name_ja in japanese and "on-site generation" not in japanese  # no English by fallback
    feed = client.get("/en/feeds/topics/on-site-generation/rss/").content.decode()
    assert "The latest announcements about on-site generation, newest first." in feed
