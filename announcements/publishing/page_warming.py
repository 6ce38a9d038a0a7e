"""Render the pages readers arrive at after a change back into the response cache.

A change retires every cached response at once (``announcements.cache_keys``), so the
first reader of each page afterwards would wait for a whole rendering, and a burst of
readers arriving together (a shared link) would each render it. Readers arrive on the
page that just changed and on the home page, and crawlers on the sitemap, the largest
output there is: the outbox renders those (the pages in every language) as soon as the
change commits, beside the feeds (``announcements.feeds.effects.warm_feeds``). Every
other page renders for its first reader, as before.
"""

from collections.abc import Iterable

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from announcements.public.page_paths import PagePaths
from announcements.public.selectors import visible_now
from announcements.response_cache import render_each_into_cache
from site_config.i18n import home_links, language_codes


def paths_to_warm(changed_page_ids: Iterable[int]) -> list[str]:
    """Where the changed pages are public now, in each language (an unpublished, deleted
    or private one nowhere), then each language's home page and the sitemap."""
    ids = list(changed_page_ids)
    public = {page.pk: page for page in visible_now(Page.objects.filter(pk__in=ids)).specific()}
    page_paths = PagePaths()
    changed = []
    for page in (public[pk] for pk in ids if pk in public):
        for code in language_codes():
            with translation.override(code):
                changed.append(page_paths(page))
    fixed = [*(link.url for link in home_links()), reverse("sitemap")]
    return list(dict.fromkeys(path for path in [*changed, *fixed] if path))


def warm_pages(changed_page_ids: Iterable[int] = ()) -> int:
    """Render ``paths_to_warm`` into the response cache. Returns how many answered 200."""
    return render_each_into_cache(paths_to_warm(changed_page_ids), what="Pages")
