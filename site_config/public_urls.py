"""Absolute addresses of the site's own pages, from its configured public address.

Canonical links, ``og:url``, JSON-LD, feed links and ids, sitemap ``<loc>`` and robots.txt
name the site by ``WAGTAILADMIN_BASE_URL``, never by the request's ``Host`` header: a
request for ``Host: 127.0.0.1:99999`` (any port passes ALLOWED_HOSTS) must not put that
address into what readers, search engines and caches keep.
"""

import re
from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlsplit

from django.conf import settings
from django.utils.html import escape

_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src))="([^"]*)"')


def public_base_url() -> str:
    """``scheme://host[:port]`` of the public site, without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (``/en/notice/``) on the public site. An address that already names its
    host (a page of another Wagtail Site) is kept as it is."""
    if urlsplit(path).scheme:
        return path
    # Joined by hand, not urljoin: a path such as "//elsewhere.example/" stays on this site.
    return f"{public_base_url()}/{path.lstrip('/')}"


@lru_cache(maxsize=8)
def _split(base_url: str) -> SplitResult:
    # Asked on every request the response cache sees: split once per configured value.
    return urlsplit(base_url)


def public_scheme() -> str:
    return _split(public_base_url()).scheme or "https"


def public_domain() -> str:
    """``host[:port]`` of the public site (what the sitemap framework calls a domain)."""
    return _split(public_base_url()).netloc


def absolute_links(html: str, *, base: str) -> str:
    """``html`` with every href/src made absolute against ``base`` (the item's URL)."""

    def absolute(match: re.Match) -> str:
        return f'{match[1]}="{escape(urljoin(base, _unescape(match[2])))}"'

    return _URL_ATTRIBUTE.sub(absolute, html)


def _unescape(value: str) -> str:
    return (
        value.replace("&quot;", '"')
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )
