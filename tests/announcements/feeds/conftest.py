"""What the feed tests share: the feed cache reset, a published notice to syndicate, and parsing."""

import datetime

import feedparser
import html5lib
import pytest
from django.core.cache import cache

from announcements.cache_keys import bump_content_generation
from announcements.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory, FAQPageFactory, TopicFactory
from announcements.models import AnnouncementIndexPage, AnnouncementPage, Topic
from announcements.rules.notice_dates import DatePrecision
from licenses.factories import LicenseVersionFactory, successor_version
from licenses.models import LicenseVersion

LANGUAGES = ("en", "ja")
XML_FORMATS = ("rss", "atom")
FORMATS = ("rss", "atom", "json")
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}


@pytest.fixture(autouse=True)
def fresh_feed_cache(settings):
    """Feeds are served through the response cache, as in production; feeds cached by an
    earlier test never answer for this one."""
    settings.RESPONSE_CACHE_SECONDS = 300
    bump_content_generation()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def published(module_data):
    """Shared by the module's tests: the home page and the FAQ page, the topics Licensing and
    Models, version 1 of a license and version 2 (which supersedes it and drops its usage cap),
    and a notice dated July 2024 to the month, filed under both topics, with two resolved
    concerns and two remaining (one citing version 2, one about model quality). Published
    before the tests begin, so a test's own changes send their own side effects. Primary keys,
    by name."""
    with module_data.build():
        home = AnnouncementIndexPageFactory.as_home_page()
        FAQPageFactory()
        licensing = TopicFactory(slug="licensing", name_en="Licensing", name_ja="ライセンス")
        models = TopicFactory(slug="models", name_en="Models", name_ja="モデル")
        v1 = LicenseVersionFactory(clauses=["derivative-works", "usage-cap", "revocation"])
        v2 = successor_version(v1, dropped=["usage-cap"])
        notice = AnnouncementPageFactory(
            date=datetime.date(2024, 7, 1),
            date_precision=DatePrecision.MONTH,
            topics=[licensing, models],
            resolved=2,
            remaining=1,
            remaining_uncited=1,
            cites=v2,
        )
    return {
        "home": home.pk,
        "licensing": licensing.pk,
        "models": models.pk,
        "v1": v1.pk,
        "v2": v2.pk,
        "notice": notice.pk,
    }


@pytest.fixture
def home_page(published, db):
    return AnnouncementIndexPage.objects.get(pk=published["home"])


@pytest.fixture
def licensing_topic(published, db):
    return Topic.objects.get(pk=published["licensing"])


@pytest.fixture
def models_topic(published, db):
    return Topic.objects.get(pk=published["models"])


@pytest.fixture
def versions(published, db):
    return {slug: LicenseVersion.objects.get(pk=published[slug]) for slug in ("v1", "v2")}


@pytest.fixture
def notice(published, db):
    return AnnouncementPage.objects.get(pk=published["notice"])


def parse(response):
    """The feed as a feed reader sees it: no sanitizing or URI rewriting, to compare exactly."""
    assert response.status_code == 200, response.status_code
    return feedparser.parse(response.content, sanitize_html=False, resolve_relative_uris=False)


HTML_TYPES = {"text/html", "application/xhtml+xml"}


def reader_text(detail) -> str:
    """What a reader sees for one feedparser text construct (``entry.title_detail``): its
    value, or the text of its HTML, which must hold text only (no live markup)."""
    if detail["type"] not in HTML_TYPES:
        return detail["value"]
    fragment = html5lib.parseFragment(detail["value"], treebuilder="etree", namespaceHTMLElements=False)
    assert len(fragment) == 0, f"live markup in {detail['value']!r}"
    return fragment.text or ""
