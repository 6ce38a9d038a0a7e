"""The elements each format must carry, asserted the way Django's syndication tests do."""

import datetime
from xml.dom import minidom

import pytest
from django.core.cache import cache
from django.test import override_settings

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db

HUB = "https://hub.example.test/"


def child_names(element) -> set[str]:
    return {node.nodeName for node in element.childNodes if node.nodeType == node.ELEMENT_NODE}


def text(element, name: str) -> str:
    return element.getElementsByTagName(name)[0].firstChild.wholeText


def test_rss_channel_and_items(client, notice):
    AnnouncementPageFactory.create_batch(2, resolved=1, topics=list(notice.topics.all()))

    document = minidom.parseString(client.get("/ja/feeds/rss/").content)

    rss = document.documentElement
    assert rss.tagName == "rss" and rss.getAttribute("version") == "2.0"
    assert rss.getAttribute("xmlns:content") == "http://purl.org/rss/1.0/modules/content/"
    channel = rss.getElementsByTagName("channel")[0]
    assert {"title", "link", "description", "atom:link", "language", "lastBuildDate", "item"} <= child_names(channel)
    assert text(channel, "language") == "ja"
    assert text(channel, "title") == "コミュニティのお知らせ"
    self_link = channel.getElementsByTagName("atom:link")[0]
    assert self_link.getAttribute("rel") == "self"
    assert self_link.getAttribute("href") == "http://testserver/ja/feeds/rss/"
    items = channel.getElementsByTagName("item")
    assert len(items) == 3
    for item in items:
        assert child_names(item) == {
            "title",
            "link",
            "description",
            "dc:creator",
            "pubDate",
            "guid",
            "category",
            "content:encoded",
        }
        guid = item.getElementsByTagName("guid")[0]
        assert guid.getAttribute("isPermaLink") == "false"
        assert guid.firstChild.wholeText.endswith("/ja")


def test_atom_feed_and_entries_carry_what_rfc_4287_requires(client, notice):
    AnnouncementPageFactory.create_batch(2, resolved=1, topics=list(notice.topics.all()))

    document = minidom.parseString(client.get("/en/feeds/atom/").content)

    feed = document.documentElement
    assert feed.tagName == "feed"
    assert feed.getAttribute("xmlns") == "http://www.w3.org/2005/Atom"
    assert feed.getAttribute("xml:lang") == "en"
    assert {"title", "link", "id", "updated", "author", "subtitle", "entry"} <= child_names(feed)
    links = {link.getAttribute("rel"): link.getAttribute("href") for link in feed.childNodes if link.nodeName == "link"}
    assert links == {"alternate": "http://testserver/en/", "self": "http://testserver/en/feeds/atom/"}
    entries = feed.getElementsByTagName("entry")
    assert len(entries) == 3
    for entry in entries:
        assert entry.getAttribute("xml:lang") == "en"
        assert child_names(entry) == {
            "title",
            "link",
            "published",
            "updated",
            "author",
            "id",
            "summary",
            "category",
            "content",
        }
        assert entry.getElementsByTagName("content")[0].getAttribute("type") == "html"
        assert entry.getElementsByTagName("summary")[0].getAttribute("type") == "html"


def test_ids_differ_per_language_and_survive_slug_and_title_edits(client, notice):
    before = {language: client.get(f"/{language}/feeds/json/").json()["items"][0]["id"] for language in ("en", "ja")}
    notice.title_en, notice.slug_en = "SD3: a new title", "sd3-new-slug"
    notice.title_ja = "SD3：新しい見出し"
    notice.save_revision().publish()
    cache.clear()

    after = {language: client.get(f"/{language}/feeds/json/").json()["items"][0]["id"] for language in ("en", "ja")}

    assert after == before
    assert before["en"] != before["ja"]
    assert before["en"] == f"tag:testserver,{notice.first_published_at:%Y-%m-%d}:announcement/{notice.pk}/en"


def test_the_published_date_is_the_notices_date_and_modified_the_last_publication(client, notice):
    item = client.get("/en/feeds/json/").json()["items"][0]

    # The notice is dated July 2024 to the month, long before it was published here: a
    # moment inside July wherever the reader is (midnight in Tokyo is June 30 in UTC).
    published = datetime.datetime.fromisoformat(item["date_published"])
    for hours in range(-12, 15):
        local = published.astimezone(datetime.timezone(datetime.timedelta(hours=hours)))
        assert (local.year, local.month) == (2024, 7), hours
    assert item["date_modified"] == notice.last_published_at.replace(microsecond=0).isoformat()


def test_a_notice_published_on_its_own_day_keeps_its_publication_time(client, notice):
    page = AnnouncementPageFactory()  # dated the day it was first published

    item = client.get("/en/feeds/json/").json()["items"][0]

    assert item["date_published"] == page.first_published_at.replace(microsecond=0).isoformat()


@pytest.mark.parametrize("hub", [None, HUB])
def test_the_hub_is_advertised_only_when_configured(client, notice, hub):
    with override_settings(WEBSUB_HUB_URL=hub):
        rss = minidom.parseString(client.get("/en/feeds/rss/").content)
        atom = minidom.parseString(client.get("/en/feeds/atom/").content)
        json_feed = client.get("/en/feeds/json/").json()

    rss_hubs = [
        link.getAttribute("href") for link in rss.getElementsByTagName("atom:link") if link.getAttribute("rel") == "hub"
    ]
    atom_hubs = [
        link.getAttribute("href") for link in atom.getElementsByTagName("link") if link.getAttribute("rel") == "hub"
    ]
    assert rss_hubs == atom_hubs == ([hub] if hub else [])
    assert json_feed.get("hubs") == ([{"type": "WebSub", "url": hub}] if hub else None)
