"""Feed responses with ETag, Last-Modified, 304 Not Modified and a public Cache-Control.

Feeds are stored like every other public output by the one response cache
(``announcements.response_cache``), which publishing retires by bumping the content
generation. The ETag is a hash of the body, so a feed whose content did not change
keeps its ETag across generations; Last-Modified is the newest item's modified date, or
a second after the previous Last-Modified when the body changed without a newer item (an
announcement was removed): both from the content and the feed's own history, never the
clock, so re-rendering an unchanged feed changes neither.
Malformed ``If-None-Match`` and ``If-Modified-Since`` headers are ignored (Django's
parsers drop them).
"""

import hashlib
from collections.abc import Callable

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe

from site_config.public_http import READABLE_FROM_ANY_ORIGIN, conditional_response

from .syndication import page_number

MAX_AGE = 300  # seconds a reader or proxy may reuse a feed without asking again


def _validators_key(feed: Feed, *, topic_slug: str | None, page: int) -> str:
    language = translation.get_language()
    return ":".join(["validators", "feed", language, feed.format_name, topic_slug or "-", str(page)])


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
        entry["last_modified"] = http_date(max(newest, after_previous))
    cache.set(validators_key, {"etag": entry["etag"], "last_modified": entry["last_modified"]}, None)


def render_entry(feed: Feed, request: HttpRequest, *, topic_slug: str | None, page: int) -> dict:
    """Render the feed and describe it: body, type and validators."""
    response = feed(request, topic_slug=topic_slug, page=page)
    body = response.content
    entry = {
        "body": body,
        "content_type": response["Content-Type"],
        "etag": f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"',
        "last_modified": response.headers.get("Last-Modified"),
    }
    _keep_last_modified_honest(entry, _validators_key(feed, topic_slug=topic_slug, page=page))
    return entry


def respond(request: HttpRequest, entry: dict) -> HttpResponse:
    """The feed, or 304 when the reader's copy is current."""
    response = HttpResponse(entry["body"], content_type=entry["content_type"])
    response["ETag"] = entry["etag"]
    if entry["last_modified"]:
        response["Last-Modified"] = entry["last_modified"]
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    for name, value in READABLE_FROM_ANY_ORIGIN.items():  # browser-based feed readers fetch across origins
        response[name] = value
    last_modified = parse_http_date_safe(entry["last_modified"]) if entry["last_modified"] else None
    return conditional_response(request, response, etag=entry["etag"], last_modified=last_modified)


def feed_view(feed: Feed) -> Callable[..., HttpResponse]:
    """A view serving ``feed`` for GET and HEAD only, shareable by the response cache."""

    @require_safe
    def view(request: HttpRequest, topic_slug: str | None = None) -> HttpResponse:
        if not feed.paginated and request.GET:
            # RSS and Atom have no pages: one URL each, so one cache entry each.
            return HttpResponsePermanentRedirect(request.path)
        page = page_number(request) if feed.paginated else 1
        return respond(request, render_entry(feed, request, topic_slug=topic_slug, page=page))

    view.feed = feed
    return view
