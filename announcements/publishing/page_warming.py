"""Render the pages readers arrive at after a change back into the response cache.

A change retires every cached response at once (``announcements.cache_keys``), so the
first reader of each page afterwards would wait for a whole rendering, and a burst of
readers arriving together (a shared link) would each render it. Readers arrive on the
page that just changed and on the home page, and crawlers on the sitemap, the largest
output there is: the outbox renders those (the pages in every language) as soon as the
change commits, beside the feeds (``announcements.feeds.effects.warm_feeds``). Every
other page renders for its first reader, as before.
"""

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.urls import reverse

from announcements.response_cache import render_into_cache
from site_config.i18n import home_links

logger = logging.getLogger(__name__)


def paths_to_warm(changed_page_urls: Iterable[str]) -> list[str]:
    """The changed page's address in each language, each language's home page, the sitemap."""
    changed = [urlsplit(url).path for url in changed_page_urls]
    return list(dict.fromkeys([*changed, *(link.url for link in home_links()), reverse("sitemap")]))


def warm_pages(changed_page_urls: Iterable[str] = ()) -> int:
    """Render ``paths_to_warm`` into the response cache. Returns how many answered 200
    (an unpublished or deleted page's old address answers 404, which is not stored)."""
    warmed = 0
    for path in paths_to_warm(changed_page_urls):
        status = render_into_cache(path).status_code
        if status == 400:
            logger.warning("Pages not warmed: add the host of WAGTAILADMIN_BASE_URL to ALLOWED_HOSTS.")
            return warmed
        warmed += status == 200
    return warmed
