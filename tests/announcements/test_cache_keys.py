from django.core.cache import cache

from announcements.cache_keys import GENERATION_KEY, bump_content_generation, versioned_key


def test_bumping_the_generation_changes_every_key():
    before = versioned_key("feed", "ja", "rss")

    bump_content_generation()

    assert versioned_key("feed", "ja", "rss") != before


def test_a_lost_generation_still_gives_new_keys():
    before = versioned_key("feed", "en", "atom")
    cache.delete(GENERATION_KEY)

    bump_content_generation()

    assert versioned_key("feed", "en", "atom") != before
