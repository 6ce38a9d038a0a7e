"""Whole-page caching for anonymous readers, retired by the content generation.

Every web process shares the cache (Redis in production), so a publish that bumps
the content generation retires every cached page in both languages at once.
Restricted pages are never cached and tell browsers and CDNs not to store them.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from .cache_keys import versioned_key

HIT_HEADER = "X-Page-Cache"
# Query parameters that change what a page shows (the index's pagination and topic
# filter). A request with any other parameter is served fresh, so arbitrary query
# strings cannot fill the cache.
VARYING_PARAMETERS = {"page", "topic"}


def is_cacheable_request(request: HttpRequest) -> bool:
    """Anonymous GET/HEAD requests only: editors see the Wagtail user bar and drafts."""
    user = getattr(request, "user", None)
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not (user is not None and user.is_authenticated)
        and not getattr(request, "is_preview", False)
        and set(request.GET) <= VARYING_PARAMETERS
    )


def page_cache_key(request: HttpRequest) -> str:
    return versioned_key(
        "page", request.scheme, request.get_host(), translation.get_language(), request.get_full_path()
    )


def serve_cached(request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    if not is_cacheable_request(request):
        return render()
    key = page_cache_key(request)
    stored = cache.get(key)
    if stored is not None:
        response = HttpResponse(stored["content"], content_type=stored["content_type"])
        response[HIT_HEADER] = "hit"
    else:
        response = render()
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code != 200:
            return response
        cache.set(
            key,
            {"content": response.content, "content_type": response["Content-Type"]},
            timeout=settings.PAGE_CACHE_SECONDS,
        )
        response[HIT_HEADER] = "miss"
    patch_cache_control(response, public=True, max_age=settings.PAGE_BROWSER_CACHE_SECONDS)
    return response


def mark_private(response: HttpResponse) -> HttpResponse:
    """A restricted page, or its password form: no shared or browser cache may keep it."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response
