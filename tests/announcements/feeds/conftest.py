import feedparser
import pytest
from django.core.cache import cache

from announcements.cache_keys import bump_content_generation

LANGUAGES = ("en", "ja")
XML_FORMATS = ("rss", "atom")
FORMATS = ("rss", "atom", "json")
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}


@pytest.fixture(autouse=True)
def fresh_feed_cache():
    """Feeds cached by an earlier test never answer for this one."""
    bump_content_generation()
    yield
    cache.clear()


def parse(response):
    """The feed as a feed reader sees it: no sanitizing or URI rewriting, to compare exactly."""
    assert response.status_code == 200, response.status_code
    return feedparser.parse(response.content, sanitize_html=False, resolve_relative_uris=False)
