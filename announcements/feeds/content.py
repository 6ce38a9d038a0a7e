"""Feed items from announcement pages: text, full HTML and structured concerns.

Everything here costs a fixed number of queries however many pages are given:
the bodies of all pages are converted together (one query per chooser block type
for all citations) and rich-text links to pages are resolved in one go.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import LinkRewriter

from ..models import AnnouncementPage
from .text import xml_safe

CONCERN_BLOCKS = {"resolved_concern": "resolved_concerns", "remaining_concern": "remaining_concerns"}
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src))="([^"]*)"')


@dataclass(frozen=True)
class FeedItem:
    """One announcement as every feed format shows it, in one language."""

    page: AnnouncementPage
    language: str
    url: str
    guid: str
    title: str
    summary: str
    content_html: str
    published: datetime
    modified: datetime
    categories: list[str]
    body: StreamValue
    request: HttpRequest = field(repr=False, compare=False)

    @property
    def summary_html(self) -> str:
        return escape(self.summary)


def site_author() -> str:
    """Who the feeds name as author: the site, in the reader's language (not an editor)."""
    return _("Community announcements")


def tag_authority() -> str:
    """The host name in ``tag:`` ids: the canonical public host, whichever host served the feed."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def related_to_prefetch() -> list[str]:
    """Relations each item reads; corrections only once that model exists."""
    return ["topics", "updates"] if hasattr(AnnouncementPage, "updates") else ["topics"]


def feed_items(pages: list[AnnouncementPage], *, language: str, request: HttpRequest) -> list[FeedItem]:
    """Feed items for ``pages`` (topics prefetched, body of ``language`` loaded)."""
    bodies = load_bodies(pages, language=language)
    items = []
    for page, body in zip(pages, bodies, strict=True):
        url = request.build_absolute_uri(page.get_url(request=request))
        items.append(
            FeedItem(
                page=page,
                language=language,
                url=url,
                guid=item_guid(page, language),
                title=xml_safe(getattr(page, f"title_{language}")),
                summary=xml_safe(getattr(page, f"summary_{language}")),
                content_html=_content_html(body, page=page, request=request, base=url, language=language),
                published=_seconds(published_at(page)),
                modified=_seconds(modified_at(page)),
                categories=[xml_safe(getattr(topic, f"name_{language}") or topic.name) for topic in page.topics.all()],
                body=body,
                request=request,
            )
        )
    return items


def item_guid(page: AnnouncementPage, language: str) -> str:
    """``tag:host,date:announcement/pk/language``: survives slug and title edits, one per language."""
    first = page.first_published_at.date() if page.first_published_at else page.date
    return f"tag:{tag_authority()},{first:%Y-%m-%d}:announcement/{page.pk}/{language}"


def published_at(page: AnnouncementPage) -> datetime:
    """The item's publication time: the notice's own date (see ``NoticeDate.published_at``)."""
    return page.notice_date.published_at(page.first_published_at)


def modified_at(page: AnnouncementPage) -> datetime:
    """When the announcement last changed for readers: its last publication or newest correction,
    never earlier than its publication."""
    modified = max(filter(None, (page.last_published_at, page.first_published_at, published_at(page))))
    if hasattr(AnnouncementPage, "updates"):
        corrected = max((update.date for update in page.updates.all()), default=None)
        if corrected is not None:
            corrected_at = timezone.make_aware(datetime.combine(corrected, time.min), timezone.get_default_timezone())
            modified = max(modified, corrected_at)
    return modified


def _seconds(moment: datetime | None) -> datetime | None:
    return moment.replace(microsecond=0) if moment else None


def _content_html(body: StreamValue, *, page: AnnouncementPage, request: HttpRequest, base: str, language: str) -> str:
    """The full HTML of an item: its body, or its summary as a paragraph if the body is empty."""
    rendered = render_body(body, page=page, request=request).strip()
    if not rendered:
        rendered = f"<p>{escape(getattr(page, f'summary_{language}'))}</p>"
    return xml_safe(absolute_links(rendered, base=base))


def render_body(body: StreamValue, *, page: AnnouncementPage, request: HttpRequest) -> str:
    """The body's blocks rendered with their page templates (concerns, citations and all)."""
    context = {"page": page, "self": page, "request": request}
    return "\n".join(str(child.render(context=context)) for child in body)


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


def load_bodies(pages: list[AnnouncementPage], *, language: str) -> list[StreamValue]:
    """The bodies of ``pages`` in ``language``, converted together.

    Each page's StreamValue would convert its own blocks (one query per chooser
    per page); here every block type is converted once for all pages.
    """
    stream_block = AnnouncementPage._meta.get_field(f"body_{language}").stream_block
    raw_streams = [
        [item for item in getattr(page, f"body_{language}").raw_data if item["type"] in stream_block.child_blocks]
        for page in pages
    ]
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
    tags = dict(zip(ids, PageLinkHandler.expand_db_attributes_many([found[pk] for pk in ids]), strict=True))
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


def structured_concerns(item: FeedItem) -> dict:
    """The item's concerns for machines: ``resolved_concerns`` and ``remaining_concerns``,
    each ``{"title", "kind", "citation"}`` with the citation's license, version, date,
    clause and whether a newer version supersedes the cited one."""
    concerns: dict[str, list] = {name: [] for name in CONCERN_BLOCKS.values()}
    for child in item.body:
        if child.block_type in CONCERN_BLOCKS:
            value = child.value
            concerns[CONCERN_BLOCKS[child.block_type]].append(
                {
                    "title": xml_safe(value.get("title")),
                    "kind": value.get("kind"),
                    "citation": citation_object(value.get("citation"), request=item.request),
                }
            )
    return concerns


def _version_path(license_, version) -> str:
    # A newer version belongs to the same license, already loaded: no query for it.
    return reverse("licenses:version_detail", kwargs={"license_slug": license_.slug, "version_slug": version.slug})


def citation_object(citation, *, request) -> dict | None:
    version = citation.get("version") if citation else None
    if version is None:
        return None
    clause = citation.get("clause")
    version_url = request.build_absolute_uri(version.get_absolute_url())
    newer = getattr(version, "superseded_by", None)  # loaded with the version by its chooser block
    return {
        "license": xml_safe(version.license.name),
        "version": xml_safe(version.label),
        "version_url": version_url,
        "effective_date": version.effective_date.isoformat(),
        "clause_key": clause.key if clause else None,
        "clause_heading": xml_safe(clause.heading) if clause else None,
        "clause_url": f"{version_url}#{clause.key}" if clause else None,
        "superseded": newer is not None,
        "superseded_by": (
            {"version": xml_safe(newer.label), "url": request.build_absolute_uri(_version_path(version.license, newer))}
            if newer is not None
            else None
        ),
    }
