"""sitemap.xml entries for the public pages, each in both languages with hreflang alternates.

Wagtail's own sitemap lists one URL per page; this one lists every language a
page is written in and links the translations to each other (``xhtml:link``),
with English as x-default. Announcements come from the public selector, so a
draft, private or half-translated page is never listed in a language it lacks.
"""

from types import SimpleNamespace

from django.utils.translation import get_language

from site_config.i18n import language_codes
from site_config.sitemaps import BilingualSitemap

from .selectors import public_announcements, public_faq_page, public_index_pages


class PageSitemap(BilingualSitemap):
    """The home page (the announcement list), every public announcement and the FAQ page."""

    def items(self):
        self._item_languages: dict[int, list[str]] = {}
        self._url_holders: dict[str, SimpleNamespace] = {}
        self._paths: dict[tuple[int, str], str] = {}
        pages = public_index_pages()
        faq_page = public_faq_page()
        if faq_page is not None:
            pages.append(faq_page)
        announcements = {}
        for code in language_codes():
            for announcement in public_announcements(language=code).defer_streamfields():
                announcements.setdefault(announcement.pk, announcement)
                self._item_languages.setdefault(announcement.pk, []).append(code)
        return pages + list(announcements.values())

    def get_languages_for_item(self, item):
        return self._item_languages.get(item.pk, super().get_languages_for_item(item))

    def location(self, item):
        # Django's framework asks for each page's address in each language four times (the
        # <loc>, each hreflang alternate, x-default): each is worked out once.
        language = get_language()
        path = self._paths.get((item.pk, language))
        if path is None:
            # Wagtail looks up where the site's pages start on every call (a cache round
            # trip per URL) unless it may keep the answer on a request-like object; one
            # holder per language, as the framework switches language per URL.
            holder = self._url_holders.setdefault(language, SimpleNamespace())
            path = self._paths[(item.pk, language)] = item.get_url_parts(request=holder)[2]
        return path

    def lastmod(self, item):
        return item.last_published_at
