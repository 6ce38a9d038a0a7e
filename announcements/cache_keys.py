"""Cache keys that change whenever published content changes.

Every cached rendering (feeds, pages) puts the current content generation in its
key. Publishing bumps the generation once, which retires every cached rendering in
both languages and every topic at the same moment, with no list of keys to delete
and nothing kept in a web process's memory.
"""

from django.core.cache import cache

GENERATION_KEY = "content-generation"


def content_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def bump_content_generation() -> int:
    """Retire every cached rendering. Safe to call more than once."""
    try:
        return cache.incr(GENERATION_KEY)
    except ValueError:  # the key expired or was evicted: any new value retires old keys
        cache.add(GENERATION_KEY, 1, timeout=None)
        return cache.incr(GENERATION_KEY)


def versioned_key(*parts: str) -> str:
    return ":".join(["content", str(content_generation()), *parts])
