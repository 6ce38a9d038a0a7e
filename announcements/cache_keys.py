"""Cache keys that change whenever published content changes.

Every cached rendering (feeds, pages) puts the current content generation in its
key. Publishing bumps the generation once, which retires every cached rendering in
both languages and every topic at the same moment, with no list of keys to delete
and nothing kept in a web process's memory.
"""

import logging
import time

from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "content-generation"


def _fresh_generation() -> int:
    # If the counter is evicted, restarting at 1 could revive stale keys; a clock
    # reading in milliseconds is larger than any counter value used before it.
    return int(time.time() * 1000)


def content_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_content_generation() -> int:
    """Retire every cached rendering. Safe to call more than once."""
    try:
        return cache.incr(GENERATION_KEY)
    except ValueError:  # the counter was evicted
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        return cache.incr(GENERATION_KEY)


def versioned_key(*parts: str) -> str:
    return key_for_generation(content_generation(), *parts)


def key_for_generation(generation: int, *parts: str) -> str:
    """``versioned_key`` for a generation the caller has already read."""
    return ":".join(["content", str(generation), *parts])


def _bump_or_log() -> None:
    try:
        bump_content_generation()
    except Exception:  # the cache is down: nothing is served from it; the outbox bumps again later
        logger.exception("Could not bump the content generation.")


def retire_cached_outputs_now() -> None:
    """Retire every cached response now, inside the change's transaction, without waiting
    for the broker or a worker: what is being replaced is hidden at once.

    A reader who renders the old rows before the commit is visible caches them under the
    new generation; the outbox's cache invalidation, performed as the transaction commits
    (``announcements.publishing.effects.AT_COMMIT``), retires those in turn.
    """
    _bump_or_log()
