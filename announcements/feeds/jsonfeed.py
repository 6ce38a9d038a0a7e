"""A JSON Feed 1.1 generator in the shape of ``django.utils.feedgenerator``.

Spec: https://www.jsonfeed.org/version/1.1/

``JSONFeed`` takes the same arguments as Django's generators, so a ``Feed`` class
can use it as its ``feed_type``. Items map as JSON Feed's "Mapping RSS and Atom"
page suggests: ``description`` is HTML and becomes ``content_html`` unless a
``content_html`` is given; ``unique_id`` becomes ``id``; categories become ``tags``;
enclosures become ``attachments``. Extra keyword arguments whose names are JSON
Feed keys (``summary``, ``language``, ``next_url``, ``hubs``...) or extensions
(names starting with ``_``) are written as they are; others are ignored.
"""

import json

from django.utils.feedgenerator import SyndicationFeed, rfc3339_date

from .generators import DatedByContent

VERSION = "https://jsonfeed.org/version/1.1"

FEED_KEYS = ("user_comment", "next_url", "icon", "favicon", "expired", "hubs")
ITEM_KEYS = ("content_text", "summary", "image", "banner_image", "external_url", "language")


def _extensions(values: dict) -> dict:
    return {key: value for key, value in values.items() if key.startswith("_") and key[1:2].isalpha()}


def _without_empty(values: dict) -> dict:
    return {key: value for key, value in values.items() if value not in (None, "", [], ())}


class JSONFeed(DatedByContent, SyndicationFeed):
    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        outfile.write(json.dumps(self.feed_object(), ensure_ascii=False, separators=(",", ":")))

    def feed_object(self) -> dict:
        return {**self.root_object(), "items": [self.item_object(item) for item in self.items]}

    def root_object(self) -> dict:
        """The top-level members except ``items``."""
        feed = self.feed
        root = {
            "version": VERSION,
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"] or feed["subtitle"],
            "language": feed["language"],
            "authors": self._authors(feed),
            **{key: feed.get(key) for key in FEED_KEYS},
        }
        return {**_without_empty(root), **_extensions(feed)}

    def item_object(self, item: dict) -> dict:
        """One member of ``items``."""
        content_html = item.get("content_html") or item["description"]
        entry = {
            "id": item["unique_id"] or item["link"],
            "url": item["link"],
            "title": item["title"],
            "content_html": content_html,
            "date_published": item["pubdate"] and rfc3339_date(item["pubdate"]),
            "date_modified": item["updateddate"] and rfc3339_date(item["updateddate"]),
            "authors": self._authors(item),
            "tags": list(item["categories"]),
            "attachments": [self._attachment(enclosure) for enclosure in item["enclosures"]],
            **{key: item.get(key) for key in ITEM_KEYS},
        }
        entry = _without_empty(entry)
        if "content_html" not in entry and "content_text" not in entry:
            entry["content_text"] = ""  # one of the two is required
        return {**entry, **_extensions(item)}

    @staticmethod
    def _authors(values: dict) -> list[dict]:
        author = _without_empty({"name": values["author_name"], "url": values["author_link"]})
        return [author] if author else []

    @staticmethod
    def _attachment(enclosure) -> dict:
        attachment = {"url": enclosure.url, "mime_type": enclosure.mime_type}
        if str(enclosure.length).isdigit():
            attachment["size_in_bytes"] = int(enclosure.length)
        return attachment
