"""sitemap.xml entries for the public pages, each in both languages with hreflang alternates.

Wagtail's own sitemap lists one URL per page; this one lists every language a
page is written in and links the translations to each other (``xhtml:link``),
with English as x-default. Announcements come from the public selector, so a
draft, private or half-translated page is never listed in a language it lacks.
"""

from announcements.models import AnnouncementPage
from site_config.i18n import language_codes
from site_config.sitemaps import BilingualSitemap

from .page_paths import PagePaths
from .selectors import public_announcements, public_faq_page, public_index_pages


class PageSitemap(BilingualSitemap):
    """The home page (the announcement list), every public announcement and the FAQ page."""

    # What an entry reads of an announcement: its address in each language, the date it
    # was last published, and what Wagtail works an address out from. Loading only these
    # (not the 60-odd columns of a page in two languages) is a third of the query's cost.
    FIELDS_USED = (
        "id", "path", "depth", "live", "content_type", "last_published_at",
        *(f"url_path_{code}" for code in language_codes()),
    )  # fmt: skip

    def items(self):
        self._item_languages: dict[int, list[str]] = {}
        self._paths = PagePaths()
        pages = public_index_pages()
        faq_page = public_faq_page()
        if faq_page is not None:
            pages.append(faq_page)
        # Every announcement is loaded once: those public in the first language with it,
        # then only the ids of those public in each other language, and any page public in
        # a later language alone. Building the page objects is most of a query's cost.
        first, *others = language_codes()
        announcements = {page.pk: page for page in public_announcements(language=first).only(*self.FIELDS_USED)}
        for pk in announcements:
            self._item_languages[pk] = [first]
        for code in others:
            for pk in public_announcements(language=code).values_list("pk", flat=True):
                self._item_languages.setdefault(pk, []).append(code)
        only_later = [pk for pk in self._item_languages if pk not in announcements]
        if only_later:
            announcements.update(AnnouncementPage.objects.only(*self.FIELDS_USED).in_bulk(only_later))
        return pages + [announcements[pk] for pk in self._item_languages]

    def get_languages_for_item(self, item):
        return self._item_languages.get(item.pk, super().get_languages_for_item(item))

    def location(self, item):
        # Django's framework asks for each page's address in each language four times (the
        # <loc>, each hreflang alternate, x-default): PagePaths works each out once.
        return self._paths(item)

    def lastmod(self, item):
        return item.last_published_at
