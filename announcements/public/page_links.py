"""Rich-text page links as readers get them, whatever id is stored.

Wagtail's ``PageLinkHandler`` looks every stored id up as a page's primary key and raises
``ValueError`` on one that is not a number (a crafted Draftail link, see
``announcements.rich_text_links``). This handler replaces it site-wide (registered in
``wagtail_hooks``) and in the bulk body loader: such a link is read as a missing page,
``<a>`` without an address, which is plain text.
"""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from announcements.rich_text_links import page_link_id


class SafePageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, reading an id that is not a number as a missing page."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        ids = [page_link_id(attrs.get("id")) for attrs in attrs_list]
        wanted = [pk for pk in ids if pk is not None]
        pages = {page.pk: page for page in Page.objects.filter(pk__in=wanted).defer_streamfields().specific()}
        return [pages.get(pk) if pk is not None else None for pk in ids]
