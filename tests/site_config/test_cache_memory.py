"""The shared Redis is bounded (compose.yaml's maxmemory): when it fills, cached responses
are evicted, never the broker's queues (the same Redis, another database) nor the content
generation, which has no expiry: losing it would retire every cached response at once.

Runs a redis-server of its own with compose.yaml's eviction policy and a small limit."""

import os
import re
import shutil
from pathlib import Path

import pytest
import redis
from django.http import HttpResponse

from announcements import response_cache
from announcements.cache_keys import GENERATION_KEY, content_generation
from tests.announcements.publishing.processes import RedisServer

COMPOSE = Path(__file__).resolve().parents[2] / "compose.yaml"
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed"),
]


def compose_eviction_policy() -> str:
    return re.search(r'"--maxmemory-policy", "([a-z-]+)"', COMPOSE.read_text()).group(1)


@pytest.fixture
def bounded_redis(settings):
    server = RedisServer("--maxmemory", "4mb", "--maxmemory-policy", compose_eviction_policy())
    server.start()
    try:
        settings.CACHES = {
            "default": {
                "BACKEND": "site_config.redis_cache.SharedClientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{server.port}/1",  # the cache's database, as in compose.yaml
                "KEY_PREFIX": "bounded",
            }
        }
        settings.RESPONSE_CACHE_SECONDS = 300
        yield server
    finally:
        server.stop()


def test_a_full_cache_evicts_responses_and_keeps_the_broker_queue_and_the_generation(bounded_redis):
    broker = redis.Redis(port=bounded_redis.port, db=0)  # the broker's database, as in compose.yaml
    broker.lpush("celery", b'{"task": "a side effect waiting for a worker"}')
    generation = content_generation()

    for number in range(40):  # 40 responses of 200 KB that do not compress: twice the limit
        response = HttpResponse(os.urandom(200_000))
        response["Cache-Control"] = "public, max-age=60"
        response_cache.store(f"response:/en/page-{number}/", response, generation)

    cache_side = redis.Redis(port=bounded_redis.port, db=1)
    assert int(cache_side.info("stats")["evicted_keys"]) > 0
    assert cache_side.info("memory")["used_memory"] <= 4 * 1024 * 1024 * 1.05
    assert broker.lrange("celery", 0, -1) == [b'{"task": "a side effect waiting for a worker"}']
    assert cache_side.exists(f"bounded:1:{GENERATION_KEY}") and content_generation() == generation
