"""The real services production runs on: PostgreSQL, and Redis as cache and broker."""

import os

import pytest
from django.core.cache import cache, caches
from django.db import connection

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage


@pytest.mark.postgres
@pytest.mark.django_db
def test_an_announcement_is_stored_in_postgresql_with_japanese_intact(home_page):
    notice = AnnouncementPageFactory(title_ja="SD3を解禁しました：今後を決めるのはコミュニティです")

    assert connection.vendor == "postgresql"
    stored = AnnouncementPage.objects.get(pk=notice.pk)
    assert stored.title_ja == "SD3を解禁しました：今後を決めるのはコミュニティです"


@pytest.mark.redis
def test_the_cache_round_trips_japanese_through_redis():
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(caches["default"], RedisCache)
    # One Redis client per connection pool, not one per call (site_config.redis_cache).
    assert caches["default"]._cache.get_client() is caches["default"]._cache.get_client()
    cache.set("service-check", "解禁", timeout=30)
    try:
        assert cache.get("service-check") == "解禁"
    finally:
        cache.delete("service-check")


@pytest.mark.redis
def test_the_celery_broker_accepts_connections():
    from site_config.celery import app

    with app.connection_for_write() as connection_:
        connection_.ensure_connection(max_retries=1)
        assert connection_.connected
    assert app.conf.broker_url == os.environ["CELERY_BROKER_URL"]
