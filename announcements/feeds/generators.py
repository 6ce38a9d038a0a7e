"""Django's RSS 2.0 and Atom 1.0 generators, plus full content and a WebSub hub link.

Both take two extra feed arguments, ``hub_url``, and two extra item arguments,
``content_html`` (the full HTML of the item) and ``language``.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def html_text(text: str | None) -> str | None:
    """Plain text as HTML that shows exactly that text."""
    return None if text is None else escape(text)


class DatedByContent:
    """A feed generator whose date, with no items, is ``date_when_empty`` (a feed
    argument) instead of the time of rendering."""

    def latest_post_date(self):
        if not self.items and self.feed.get("date_when_empty") is not None:
            return self.feed["date_when_empty"]
        return super().latest_post_date()


class AnnouncementRssFeed(DatedByContent, Rss201rev2Feed):
    """RSS 2.0 (https://www.rssboard.org/rss-specification) with ``content:encoded``
    (https://web.resource.org/rss/1.0/modules/content/) and an ``atom:link rel="hub"``.

    RSS has no way to say that a title is plain text, and feed readers (feedparser among
    them) read a channel's title and description and an item's title as HTML. So plain
    text given for them is escaped for HTML here, before the XML writer escapes it again:
    a topic named ``<b>Licensing</b>`` then reaches the reader as those characters.
    """

    def __init__(self, title, link, description, **kwargs):
        super().__init__(html_text(title), link, html_text(description), **kwargs)

    def add_item(self, title, link, description, **kwargs):
        super().add_item(html_text(title), link, description, **kwargs)

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("hub_url"):
            handler.addQuickElement("atom:link", None, {"rel": "hub", "href": self.feed["hub_url"]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])


class AnnouncementAtomFeed(DatedByContent, Atom1Feed):
    """Atom 1.0 (RFC 4287) with ``<content type="html">``, ``xml:lang`` on every entry
    and a ``<link rel="hub">`` (WebSub, https://www.w3.org/TR/websub/)."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("hub_url"):
            handler.addQuickElement("link", "", {"rel": "hub", "href": self.feed["hub_url"]})

    def item_attributes(self, item):
        return {"xml:lang": item["language"]} if item.get("language") else {}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
