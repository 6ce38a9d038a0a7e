"""One response cache for every public output, in front of Wagtail's routing.

``ResponseCacheMiddleware`` comes first in MIDDLEWARE, and under gunicorn and runserver
``answer_hits_first`` (``site_config.wsgi``) answers hits before Django even builds its
request: a hit is answered from the shared cache (Redis in production) without a
database query, a session or Wagtail routing the URL. What may enter it:

- the request: an anonymous GET or HEAD (no session cookie, no ``Authorization``),
  addressed to the configured site (``WAGTAILADMIN_BASE_URL``), on a path outside the
  admin, with a *canonical* query string (only ``page`` and ``topic``, well formed,
  each once, in order). The key is the language, path and query (never the raw
  ``Host`` header); the entry records the content generation it was rendered in, and
  one round trip to the cache fetches both it and the current generation.
- the response: 200, not streamed, marked ``Cache-Control: public`` by its view (pages,
  feeds, sitemap, licenses; a search or API view opts in the same way), setting no
  cookie and carrying no CSP nonce. A nonce must be new for every response; a cached
  one would be replayed to every reader and stop protecting anything, so a response
  that uses one is served fresh each time (and says ``private``).

An entry holds the response as the whole middleware stack finished it (security headers
included), gzip-compressed once when stored: a reader whose client accepts gzip (every
browser and feed reader) is sent those bytes as they are, any other gets them inflated.
Compressing here rather than in a middleware for every response keeps compression off
anything personal (the admin, forms with CSRF tokens), where it would open BREACH.

Publishing bumps the content generation (``announcements.cache_keys``), retiring
every stored response at once; an entry also lapses when the next live page expires,
so an expired page never outlives its ``expire_at`` in any cached output.
"""

import functools
import gzip
import hashlib
import json
import logging
import re
import time
import zlib
from collections.abc import Iterable
from functools import wraps
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db.models import Min
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_path
from wagtail.models import Page

from site_config.public_http import conditional_response
from site_config.public_urls import public_domain, public_scheme

from .cache_keys import GENERATION_KEY, bump_content_generation, content_generation, key_for_generation

logger = logging.getLogger(__name__)

HIT_HEADER = "X-Response-Cache"
# The only query parameters that change what a public page or feed shows, and the form
# each must take to be a cache key. Anything else is served fresh and never stored.
CANONICAL_PARAMETERS = {
    "page": re.compile(r"[1-9][0-9]{0,5}"),
    "topic": re.compile(r"[a-z0-9][a-z0-9_-]{0,99}"),
}
MAX_PATH_LENGTH = 300
# Part of every key: a release that changes what an entry holds never reads the entries
# an older release stored (they lapse on their own).
ENTRY_FORMAT = 2
# The settings that shape what a stored response says or carries (links, hub, names,
# dates, headers): part of every key too, so a restart with any of them changed never
# serves what was rendered under the old values.
OUTPUT_SETTINGS = (
    "WAGTAILADMIN_BASE_URL",
    "WEBSUB_HUB_URL",
    "WAGTAIL_SITE_NAME",
    "LANGUAGES",  # by their codes: the names are lazy translations
    "OG_LOCALES",
    "TIME_ZONE",
    "PAGE_BROWSER_CACHE_SECONDS",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
)


@functools.cache
def output_settings_fingerprint() -> str:
    """A short digest of ``OUTPUT_SETTINGS``' values, worked out once per process; the same
    in every process started with the same settings."""
    values = {name: getattr(settings, name, None) for name in OUTPUT_SETTINGS}
    values["LANGUAGES"] = [code for code, _name in settings.LANGUAGES]
    text = json.dumps(values, sort_keys=True, default=repr)
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()


@receiver(setting_changed)
def _forget_output_settings(setting, **kwargs) -> None:
    if setting in OUTPUT_SETTINGS:
        output_settings_fingerprint.cache_clear()


# Headers a stored response keeps. Cookies are never stored (such responses are not).
UNSTORED_HEADERS = {"set-cookie", "date", "content-length", "content-encoding", HIT_HEADER.lower()}
# Bodies smaller than this are stored as they are: gzip would save next to nothing.
COMPRESS_MIN_BYTES = 500
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Vary values a stored response may carry: none of them changes what an anonymous
# request with a canonical URL receives (the language is in the path and the key).
HARMLESS_VARY = {"accept-encoding", "accept-language", "cookie"}


def canonical_query(query_string: str) -> str | None:
    """The query string if it is in canonical form ('' when empty), else None."""
    if not query_string:
        return ""
    try:
        pairs = parse_qsl(query_string, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        return None
    names = [name for name, _value in pairs]
    if names != sorted(set(names)):
        return None
    for name, value in pairs:
        pattern = CANONICAL_PARAMETERS.get(name)
        if pattern is None or not pattern.fullmatch(value):
            return None
    normalised = urlencode(pairs)
    return normalised if normalised == query_string else None


def cache_key_for(request: HttpRequest) -> str | None:
    """The key a request is cached under, or None when it must not touch the cache."""
    if settings.RESPONSE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None  # a session may belong to an editor: never answer it from the shared cache
    path = request.path
    if len(path) > MAX_PATH_LENGTH or path.startswith(settings.RESPONSE_CACHE_EXCLUDED_PATHS):
        return None
    try:
        if request.get_host() != public_domain() or request.scheme != public_scheme():
            return None  # absolute URLs in the body are the configured site's, so only its requests
    except DisallowedHost:
        return None
    query = canonical_query(request.META.get("QUERY_STRING", ""))
    if query is None:
        return None
    language = get_language_from_path(request.path_info) or "-"
    digest = hashlib.blake2b(f"{path}?{query}".encode(), digest_size=16).hexdigest()
    # One key per canonical URL (so the entries are bounded by the site's URLs); the
    # entry records the content generation it was rendered in.
    return f"response:{ENTRY_FORMAT}:{output_settings_fingerprint()}:{language}:{digest}"


def lookup(key: str) -> tuple[int, dict | None]:
    """The current content generation and the entry stored for ``key`` if it belongs to
    that generation, in one round trip to the cache."""
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or content_generation()
    entry = found.get(key)
    return generation, entry if entry is not None and entry.get("generation") == generation else None


def _cache_control(response: HttpResponse) -> set[str]:
    return {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",") if part}


def uses_csp_nonce(response: HttpResponse) -> bool:
    headers = response.get("Content-Security-Policy", "") + response.get("Content-Security-Policy-Report-Only", "")
    return "'nonce-" in headers or b' nonce="' in response.content


def is_storable(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = _cache_control(response)
    if "public" not in directives or directives & {"private", "no-store", "no-cache"}:
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= HARMLESS_VARY and not uses_csp_nonce(response)


def record_next_expiry(generation: int) -> float:
    """Work out when the next live page expires (0: none will) and keep it for the
    readers of ``generation``."""
    first = Page.objects.live().filter(expire_at__gt=timezone.now()).aggregate(Min("expire_at"))["expire_at__min"]
    moment = first.timestamp() if first else 0
    cache.set(key_for_generation(generation, "next-expiry"), moment, settings.RESPONSE_CACHE_SECONDS)
    return moment


def retire_cached_responses_after_commit() -> int:
    """What a committed change does to the cache: a new content generation, with the
    moment its entries must lapse already worked out, so its first readers render
    without asking (performed by the outbox as the change commits). Not for inside a
    transaction: the expiry it records must be the committed one."""
    generation = bump_content_generation()
    record_next_expiry(generation)
    return generation


def seconds_until_next_expiry(generation: int) -> float | None:
    """Seconds until the next live page reaches its ``expire_at`` (None: none will).

    Known once per content generation: recorded by the change that began it, or by the
    first miss when that record is missing (a generation begun inside a change's
    transaction, or evicted) or its moment has passed."""
    moment = cache.get(key_for_generation(generation, "next-expiry"))
    now = time.time()
    if moment is None or (moment and moment <= now):
        moment = record_next_expiry(generation)
    return moment - now if moment else None


def store(key: str, response: HttpResponse, generation: int) -> dict | None:
    """Keep ``response`` under ``key`` for the current generation; the entry, or None
    when it would lapse at once (a page expires within the second)."""
    timeout = settings.RESPONSE_CACHE_SECONDS
    until_expiry = seconds_until_next_expiry(generation)
    if until_expiry is not None:
        timeout = min(timeout, int(until_expiry))
    if timeout < 1:
        return None
    content = response.content
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.blake2b(content, digest_size=16).hexdigest()}"'
    patch_vary_headers(response, ["Accept-Encoding"])
    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
    entry = {"generation": generation, "content": content, "gzip": False, "headers": headers}
    if len(content) >= COMPRESS_MIN_BYTES:
        # mtime=0: the same body always gives the same bytes.
        entry.update(content=gzip.compress(content, compresslevel=6, mtime=0), gzip=True)
    cache.set(key, entry, timeout)
    return entry


def accepts_gzip(request: HttpRequest) -> bool:
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def representation(request: HttpRequest, entry: dict) -> tuple[bytes, list[tuple[str, str]]]:
    """The body and headers of the stored response as this request should receive it:
    gzip-encoded when the client accepts it, inflated otherwise."""
    if not entry["gzip"]:
        return entry["content"], entry["headers"]
    if not accepts_gzip(request):
        return zlib.decompress(entry["content"], wbits=31), entry["headers"]
    # Another representation of the same resource: a weak validator, as Django's
    # GZipMiddleware makes it (If-None-Match compares weakly, so either matches).
    headers = [
        (name, f"W/{value}" if name == "ETag" and not value.startswith("W/") else value)
        for name, value in entry["headers"]
    ]
    return entry["content"], [*headers, ("Content-Encoding", "gzip")]


def response_from_entry(request: HttpRequest, entry: dict) -> HttpResponse:
    """The stored response as this request should receive it (see ``representation``);
    304 when the client's copy is current."""
    content, headers = representation(request, entry)
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    response = conditional_response(request, response, etag=response["ETag"], last_modified=last_modified)
    if response.status_code == 200:
        response["Content-Length"] = str(len(content))
    if request.method == "HEAD":
        response.content = b""
    return response


def never_public_with_cookies(response: HttpResponse) -> None:
    """A response that sets a cookie is personal: no shared cache may keep it."""
    if response.cookies:
        patch_cache_control(response, private=True)


# Where the WSGI front door (``site_config.wsgi``) leaves its lookup for the middleware,
# so a miss costs one round trip to the cache, not two.
LOOKUP_ENVIRON_KEY = "announcements.response_cache.lookup"


def find(request: HttpRequest) -> tuple[str | None, int | None, dict | None]:
    """(key, current generation, stored entry) for ``request``: key None when the request
    must not touch the cache, entry None on a miss."""
    if LOOKUP_ENVIRON_KEY in request.META:
        return request.META.pop(LOOKUP_ENVIRON_KEY)
    try:
        key = cache_key_for(request)
        if key is None:
            return None, None, None
        generation, entry = lookup(key)
        return key, generation, entry
    except Exception:  # the cache being down must cost speed, not the page
        logger.exception("Response cache unavailable; serving uncached.")
        return None, None, None


def hit_response(request: HttpRequest, entry: dict) -> HttpResponse:
    response = response_from_entry(request, entry)
    response[HIT_HEADER] = "hit"
    return response


class ResponseCacheMiddleware:
    """Answers anonymous readers from the shared cache before anything else runs; stores
    what may be shared. Under gunicorn and runserver the WSGI front door answers hits
    even earlier and hands this middleware its lookup."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key, generation, entry = find(request)
        if entry is not None:
            return hit_response(request, entry)
        response = self.get_response(request)
        never_public_with_cookies(response)
        if key is None or request.method != "GET":
            return response
        if is_storable(response):
            try:
                entry = store(key, response, generation)
            except Exception:
                logger.exception("Response cache unavailable; response not stored.")
                return response
            if entry is not None:
                response = response_from_entry(request, entry)  # compressed as every later reader gets it
                response[HIT_HEADER] = "miss"
        elif not response.streaming and "public" in _cache_control(response) and uses_csp_nonce(response):
            patch_cache_control(response, private=True)  # the nonce is this reader's alone
        return response


# Request headers that make a hit conditional: such requests take the general path
# (``response_from_entry``), which may answer 304.
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


def answer_hits_first(django_application):
    """A WSGI front door: a hit is answered from the cache without Django's request
    handling (its signals, its middleware chain); anything else goes to Django, carrying
    the lookup so the middleware does not repeat it. A plain hit (no conditional
    headers, the commonest request there is) is written straight from the entry's
    headers, without building a response object."""
    from django.core.handlers import wsgi

    def answer_from_cache(environ) -> tuple[str, list, list[bytes]] | None:
        """(status, headers, body) of a hit; None after recording a miss's lookup."""
        # WSGIRequest writes its decoded path back into the environ it is given; Django
        # must see the server's environ untouched (it re-reads PATH_INFO as Latin-1 bytes).
        request = wsgi.WSGIRequest(environ.copy())
        key, generation, entry = find(request)
        if entry is None:
            environ[LOOKUP_ENVIRON_KEY] = (key, generation, None)
            return None
        if any(name in environ for name in CONDITIONAL_HEADERS):
            response = hit_response(request, entry)
            return f"{response.status_code} {response.reason_phrase}", list(response.items()), [response.content]
        content, headers = representation(request, entry)
        headers = [*headers, ("Content-Length", str(len(content))), (HIT_HEADER, "hit")]
        return "200 OK", headers, [b"" if request.method == "HEAD" else content]

    def application(environ, start_response):
        try:
            answer = answer_from_cache(environ)
        except Exception:  # whatever the door trips on, Django answers, with the site's headers
            logger.exception("Response cache front door failed; answering through Django.")
            environ.pop(LOOKUP_ENVIRON_KEY, None)
            answer = None
        if answer is None:
            return django_application(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return body

    return application


def public_for(response: HttpResponse) -> HttpResponse:
    """Mark a reader-facing response shareable: the response cache and browsers may keep it."""
    patch_cache_control(response, public=True, max_age=settings.PAGE_BROWSER_CACHE_SECONDS)
    return response


def mark_private(response: HttpResponse) -> HttpResponse:
    """A restricted page, or its password form: no shared or browser cache may keep it."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


_handler = None


def render_into_cache(path: str) -> HttpResponse:
    """Request ``path`` of the configured site through the whole middleware stack, as an
    anonymous reader would, so its response is stored for the next reader (warming)."""
    global _handler
    if _handler is None:
        from django.core.handlers.base import BaseHandler

        _handler = BaseHandler()
        _handler.load_middleware()
    request = RequestFactory().get(path, HTTP_HOST=public_domain(), secure=public_scheme() == "https")
    return _handler.get_response(request)


def render_each_into_cache(paths: Iterable[str], *, what: str) -> int:
    """``render_into_cache`` for each of ``paths``; how many answered 200 (an address that
    answers otherwise is not stored). Stops at a 400: the configured site's host is not in
    ALLOWED_HOSTS, so every other path would be refused too."""
    warmed = 0
    for path in paths:
        status = render_into_cache(path).status_code
        if status == 400:
            logger.warning("%s not warmed: add the host of WAGTAILADMIN_BASE_URL to ALLOWED_HOSTS.", what)
            return warmed
        warmed += status == 200
    return warmed


def shareable(view):
    """A view decorator: its 200 answers are public (stored by the response cache and
    reusable by browsers) unless the view already made them private."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and "private" not in _cache_control(response):
            public_for(response)
        return response

    return wrapper
