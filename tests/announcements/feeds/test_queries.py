"""A feed costs the same number of queries however many announcements there are."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from announcements.factories import create_many_live_announcements
from announcements.models import Topic

from .conftest import FORMATS

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 1000


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def feed_urls(topic: Topic) -> list[str]:
    return [f"/{language}/feeds/{name}/" for language in ("en", "ja") for name in FORMATS] + [
        f"/ja/feeds/topics/{topic.slug}/{name}/" for name in FORMATS
    ]


def test_rendering_a_feed_costs_the_same_queries_for_10_and_1000_announcements(client, notice, licensing_topic):
    topic = licensing_topic
    create_many_live_announcements(SMALL - 1, body_from=notice, topics=[topic])  # and the notice: 10
    cache.clear()
    small = {url: count_queries(client, url) for url in feed_urls(topic)}

    create_many_live_announcements(LARGE - SMALL, body_from=notice, topics=[topic])
    cache.clear()  # as cold as the first pass (Wagtail caches site root paths too)
    large = {url: count_queries(client, url) for url in feed_urls(topic)}

    assert large == small
    assert max(small.values()) <= 12, small


def test_a_cached_feed_costs_no_query(client, notice):
    client.get("/ja/feeds/atom/")

    assert count_queries(client, "/ja/feeds/atom/") == 0
