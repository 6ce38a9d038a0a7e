"""Announcement bodies for many pages at once, at a fixed number of queries.

Each page's StreamValue would convert its own blocks (one query per chooser block
per page); here every block type is converted once for all pages, and rich-text
links to pages are resolved in one go. Feeds (and any output listing many
announcements) read bodies through here.
"""

from collections import defaultdict

from django.http import HttpRequest
from wagtail.blocks import StreamValue
from wagtail.rich_text.rewriters import LinkRewriter

from announcements.models import AnnouncementPage

from .page_links import SafePageLinkHandler


def load_bodies(pages: list[AnnouncementPage]) -> list[StreamValue]:
    """The bodies of ``pages``, converted together. Blocks read their texts in the
    active language, and page links resolve to that language's URLs."""
    stream_block = AnnouncementPage._meta.get_field("body").stream_block
    raw_streams = [[item for item in page.body.raw_data if item["type"] in stream_block.child_blocks] for page in pages]
    raw_streams = _resolve_page_links(raw_streams)
    by_type = defaultdict(list)
    for stream_index, raw_stream in enumerate(raw_streams):
        for block_index, item in enumerate(raw_stream):
            by_type[item["type"]].append((stream_index, block_index, item["value"]))
    converted: dict[tuple[int, int], object] = {}
    for type_name, entries in by_type.items():
        values = stream_block.child_blocks[type_name].bulk_to_python([value for _s, _b, value in entries])
        for (stream_index, block_index, _raw), value in zip(entries, values, strict=True):
            converted[stream_index, block_index] = value
    return [
        StreamValue(
            stream_block,
            [
                (item["type"], converted[stream_index, block_index], item.get("id"))
                for block_index, item in enumerate(s)
            ],
        )
        for stream_index, s in enumerate(raw_streams)
    ]


def _resolve_page_links(raw_streams: list[list[dict]]) -> list[list[dict]]:
    """Replace rich-text links to pages (``<a linktype="page" id="5">``) with their
    URLs in the current language, looking all pages up in one go."""
    found: dict[str, dict] = {}

    def collect(html: str) -> str:
        for match in LinkRewriter().extract_tags(html).get("page", []):
            found.setdefault(str(match.attrs.get("id")), match.attrs)
        return html

    _map_strings(raw_streams, collect)
    if not found:
        return raw_streams
    ids = list(found)
    tags = dict(zip(ids, SafePageLinkHandler.expand_db_attributes_many([found[pk] for pk in ids]), strict=True))
    rewriter = LinkRewriter(bulk_rules={"page": lambda attrs_list: [tags[str(a.get("id"))] for a in attrs_list]})
    return _map_strings(raw_streams, lambda html: rewriter(html) if 'linktype="page"' in html else html)


def _map_strings(value, function):
    if isinstance(value, str):
        return function(value)
    if isinstance(value, list):
        return [_map_strings(item, function) for item in value]
    if isinstance(value, dict):
        return {key: _map_strings(item, function) for key, item in value.items()}
    return value


def render_body(body: StreamValue, *, page: AnnouncementPage, request: HttpRequest) -> str:
    """The body's blocks rendered with their page templates (concerns, citations and all)."""
    context = {"page": page, "self": page, "request": request}
    return "\n".join(str(child.render(context=context)) for child in body)
