"""Draftail links in the editor, read and written safely whatever data they carry.

Registered in ``wagtail_hooks`` in place of Wagtail's own "link" contentstate rules.
Wagtail's reader of a stored page link raises ``ValueError`` on an id that is not a
number (the edit view answered 500), and its writer raises on a link with no address.
Here a stored page link with such an id is shown as a broken link, and a crafted page
link is written with its id as given, so the field's check refuses it on save
(``announcements.rich_text_links.page_link_errors``).
"""

from draftjs_exporter import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import PageLinkElementHandler
from wagtail.models import Page
from wagtail.whitelist import check_url

from announcements.rich_text_links import page_link_id

BROKEN_PAGE_LINK = {"id": None, "url": None, "parentId": None}


class SafePageLinkElementHandler(PageLinkElementHandler):
    """The editor's reading of a stored page link: an id that is not a number becomes a
    link to nowhere (saved again, it is plain text) instead of raising."""

    def get_attribute_data(self, attrs):
        if page_link_id(attrs.get("id")) is None:
            return dict(BROKEN_PAGE_LINK)
        try:
            return super().get_attribute_data(attrs)
        except (Page.DoesNotExist, ValueError, OverflowError):
            return dict(BROKEN_PAGE_LINK)


def link_entity(props):
    """Wagtail's contentstate ``LINK`` entity written as stored HTML, for whatever data the
    browser sent: a page link keeps its id as given (so ``page_link_errors`` can refuse a
    bad one on the field), an external link keeps an address only when it is text Wagtail's
    URL check allows, and a link with neither becomes plain text (Wagtail's own converter
    raises on a link without an address)."""
    page_id, url = props.get("id"), props.get("url")
    if page_id is not None:
        attributes = {"linktype": "page", "id": str(page_id)}
    elif isinstance(url, str) and check_url(url):
        attributes = {"href": check_url(url)}
    else:
        attributes = {}
    return DOM.create_element("a", attributes, props["children"])
