"""Page addresses in bulk (the sitemap, the search index).

``page.get_url()`` asks the cache where the site's pages start on every call: a round
trip to Redis per page, thousands for a sitemap or an index rebuild. Wagtail keeps that
answer on the request object it is given, so a bulk caller hands it one request-like
holder per language (the answer differs per language under wagtail-modeltranslation).
"""

from types import SimpleNamespace

from django.utils.translation import get_language
from wagtail.models import Page


class PagePaths:
    """Site-relative paths of pages in the active language, each worked out once."""

    def __init__(self):
        self._holders: dict[str, SimpleNamespace] = {}
        self._paths: dict[tuple[int, str], str] = {}

    def __call__(self, page: Page) -> str:
        language = get_language()
        path = self._paths.get((page.pk, language))
        if path is None:
            holder = self._holders.setdefault(language, SimpleNamespace())
            parts = page.get_url_parts(request=holder)
            path = self._paths[(page.pk, language)] = parts[2] if parts else ""
        return path
