"""Feeds served from the cache with ETag, Last-Modified and 304 Not Modified.

A rendered feed is cached under a key holding the content generation
(``announcements.cache_keys``): publishing bumps the generation, which retires
every feed in both languages and every topic at once. The ETag is a hash of the
body, so a feed whose content did not change keeps its ETag across generations;
Last-Modified is the newest item's modified date, or the time the body last changed
when that is later (an announcement was removed). Malformed ``If-None-Match`` and
``If-Modified-Since`` headers are ignored (Django's parsers drop them).
"""

import hashlib
import time
from collections.abc import Callable

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe

from ..cache_keys import versioned_key
from .syndication import page_number

MAX_AGE = 300  # seconds a reader or proxy may reuse a feed without asking again
CACHE_TIMEOUT = 60 * 60 * 24  # publishing retires cached feeds long before this


def _feed_identity(request: HttpRequest, feed: Feed, *, topic_slug: str | None, page: int) -> tuple[str, ...]:
    # One copy whatever Host the request named: absolute links come from the configured
    # public address (site_config.public_urls), not from the request.
    language = translation.get_language()
    return ("feed", language, feed.format_name, topic_slug or "-", str(page))


def feed_cache_key(request: HttpRequest, feed: Feed, *, topic_slug: str | None, page: int) -> str:
    return versioned_key(*_feed_identity(request, feed, topic_slug=topic_slug, page=page))


def _keep_last_modified_honest(entry: dict, validators_key: str) -> None:
    """Last-Modified must move whenever the body changes, even when the change is an
    item removed (the newest remaining item can then be older than a reader's copy).
    This feed's previous validators, kept across content generations, tell."""
    previous = cache.get(validators_key)
    if previous is not None and previous["etag"] == entry["etag"]:
        entry["last_modified"] = previous["last_modified"]
    elif previous is not None:
        newest = parse_http_date_safe(entry["last_modified"] or "") or 0
        # HTTP dates count whole seconds: a change in the same second as the previous
        # body must still move the date, or If-Modified-Since would answer 304.
        after_previous = (parse_http_date_safe(previous["last_modified"] or "") or 0) + 1
        entry["last_modified"] = http_date(max(newest, time.time(), after_previous))
    cache.set(validators_key, {"etag": entry["etag"], "last_modified": entry["last_modified"]}, None)


def render_entry(feed: Feed, request: HttpRequest, *, topic_slug: str | None, page: int) -> dict:
    """Render the feed and describe it for the cache: body, type and validators."""
    response = feed(request, topic_slug=topic_slug, page=page)
    body = response.content
    return {
        "body": body,
        "content_type": response["Content-Type"],
        "etag": f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"',
        "last_modified": response.headers.get("Last-Modified"),
    }


def cached_feed_entry(feed: Feed, request: HttpRequest, *, topic_slug: str | None, page: int) -> dict:
    key = feed_cache_key(request, feed, topic_slug=topic_slug, page=page)
    entry = cache.get(key)
    if entry is None:
        entry = render_entry(feed, request, topic_slug=topic_slug, page=page)
        identity = _feed_identity(request, feed, topic_slug=topic_slug, page=page)
        _keep_last_modified_honest(entry, ":".join(["validators", *identity]))
        cache.set(key, entry, CACHE_TIMEOUT)
    return entry


def respond(request: HttpRequest, entry: dict) -> HttpResponse:
    """The cached feed, or 304 when the reader's copy is current."""
    response = HttpResponse(entry["body"], content_type=entry["content_type"])
    response["ETag"] = entry["etag"]
    if entry["last_modified"]:
        response["Last-Modified"] = entry["last_modified"]
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    last_modified = parse_http_date_safe(entry["last_modified"]) if entry["last_modified"] else None
    return get_conditional_response(request, etag=entry["etag"], last_modified=last_modified, response=response)


def cached_feed_view(feed: Feed) -> Callable[..., HttpResponse]:
    """A view serving ``feed`` from the cache, for GET and HEAD only."""

    @require_safe
    def view(request: HttpRequest, topic_slug: str | None = None) -> HttpResponse:
        page = page_number(request) if feed.paginated else 1
        return respond(request, cached_feed_entry(feed, request, topic_slug=topic_slug, page=page))

    view.feed = feed
    return view
