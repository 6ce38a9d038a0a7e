"""What each kind of side effect does. Handlers take the recorded payload only.

Handlers must be safe to run again (the outbox performs each effect once, but an
external call can still be repeated if a worker dies between doing it and
recording it). A handler raises to ask for a retry.
"""

from collections.abc import Callable

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from announcements.editor.superseded import notify_editors_of_superseded_citations
from announcements.feeds import effects as feed_effects
from announcements.response_cache import retire_cached_responses_after_commit
from announcements.search.indexing import rebuild_search_index, reindex_announcements

from . import page_warming

Handler = Callable[[dict], None]
HANDLERS: dict[str, Handler] = {}

INVALIDATE_CACHES = "invalidate_caches"
WARM_FEEDS = "warm_feeds"
WARM_PAGES = "warm_pages"
PING_WEBSUB = "ping_websub"
PURGE_FRONTEND_CACHE = "purge_frontend_cache"
NOTIFY_SUPERSEDED_CITATIONS = "notify_superseded_citations"
REINDEX_SEARCH = "reindex_search"

# Performed by the process that made the change as soon as it commits, broker or not,
# before anything else is sent (outbox._Batch.send): readers see the change at once, and
# the warm-ups a worker runs next are never retired by an invalidation that arrives after
# them. One that fails there (the cache unreachable) goes to the workers with the rest.
AT_COMMIT = frozenset({INVALIDATE_CACHES})

# How the admin's "Publishing side effects" screen names each kind.
KIND_LABELS = {
    INVALIDATE_CACHES: _("Retire cached pages and feeds"),
    WARM_FEEDS: _("Render the feeds again"),
    WARM_PAGES: _("Render the changed page, the home page and the sitemap again"),
    PING_WEBSUB: _("Tell the WebSub hub"),
    PURGE_FRONTEND_CACHE: _("Purge the CDN"),
    NOTIFY_SUPERSEDED_CITATIONS: _("Email editors about superseded citations"),
    REINDEX_SEARCH: _("Update the site search"),
}


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[kind] = function
        return function

    return register


def kinds_for_public_change() -> list[str]:
    """The effects of any change readers can see, given what this deployment configures."""
    kinds = [INVALIDATE_CACHES, WARM_FEEDS, WARM_PAGES, REINDEX_SEARCH]
    if getattr(settings, "WEBSUB_HUB_URL", None):
        kinds.append(PING_WEBSUB)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        kinds.append(PURGE_FRONTEND_CACHE)
    return kinds


@handler(INVALIDATE_CACHES)
def invalidate_caches(payload: dict) -> None:
    """Retire every cached page and feed, in both languages and all topics."""
    retire_cached_responses_after_commit()


@handler(WARM_FEEDS)
def warm_feeds(payload: dict) -> None:
    """Render the feeds again so the first reader after a publish gets a cached copy."""
    feed_effects.warm_feeds()


@handler(WARM_PAGES)
def warm_pages(payload: dict) -> None:
    """Render the changed page and the home page in every language, and the sitemap,
    again, so the readers (and crawlers) a publish sends there find them cached."""
    page_warming.warm_pages(payload.get("pages") or [])


@handler(REINDEX_SEARCH)
def reindex_search(payload: dict) -> None:
    """Bring the site search in step with what readers may now see: only the
    announcements named when nothing else changed, else the whole index."""
    if "announcements" in payload:
        reindex_announcements(payload["announcements"])
    else:
        rebuild_search_index()


@handler(PING_WEBSUB)
def ping_websub(payload: dict) -> None:
    feed_effects.ping_websub_hub()


@handler(PURGE_FRONTEND_CACHE)
def purge_frontend_cache(payload: dict) -> None:
    urls = payload.get("urls") or []
    if urls:
        purge_urls_from_cache(urls)


@handler(NOTIFY_SUPERSEDED_CITATIONS)
def notify_superseded_citations(payload: dict) -> None:
    """A new version superseded one that live content may cite: tell the editors who publish."""
    notify_editors_of_superseded_citations(version_id=payload["version"])
