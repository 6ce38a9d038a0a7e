"""Feed items from announcement pages: text, full HTML, dates and ids.

Everything here costs a fixed number of queries however many pages are given:
bodies come from ``announcements.public.bodies``, converted together.
"""

from dataclasses import dataclass, field
from datetime import datetime, time
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue

from site_config.public_urls import absolute_links, absolute_url

from ..blocks import newest_cited_effective_date
from ..models import AnnouncementPage
from ..public.bodies import load_bodies, render_body
from ..rules.text import xml_safe


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


# Relations each item reads: its topics (categories) and corrections (updated date).
RELATED_TO_PREFETCH = ("topics", "updates")


def feed_items(pages: list[AnnouncementPage], *, language: str, request: HttpRequest) -> list[FeedItem]:
    """Feed items for ``pages`` (topics prefetched, body of ``language`` loaded)."""
    bodies = load_bodies(pages)
    items = []
    for page, body in zip(pages, bodies, strict=True):
        url = absolute_url(page.get_url(request=request))
        items.append(
            FeedItem(
                page=page,
                language=language,
                url=url,
                guid=item_guid(page, language),
                title=xml_safe(getattr(page, f"title_{language}")),
                summary=xml_safe(getattr(page, f"summary_{language}")),
                content_html=_content_html(body, page=page, request=request, base=url, language=language),
                published=_seconds(published := published_at(page, body)),
                modified=_seconds(modified_at(page, published)),
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


def published_at(page: AnnouncementPage, body) -> datetime:
    """The item's publication time: the notice's own date, never before a version its
    ``body`` cites took effect (see ``NoticeDate.published_at``)."""
    return page.notice_date.published_at(page.first_published_at, not_before=newest_cited_effective_date(body))


def modified_at(page: AnnouncementPage, published: datetime) -> datetime:
    """When the announcement last changed for readers: its last publication or its newest
    correction (``AnnouncementPage.last_updated``), never earlier than its publication
    (``published``, as ``published_at`` gives it)."""
    modified = max(filter(None, (page.last_published_at, page.first_published_at, published)))
    corrected = page.last_updated
    if corrected is not None:
        modified = max(
            modified, timezone.make_aware(datetime.combine(corrected, time.min), timezone.get_default_timezone())
        )
    return modified


def _seconds(moment: datetime | None) -> datetime | None:
    return moment.replace(microsecond=0) if moment else None


def _content_html(body: StreamValue, *, page: AnnouncementPage, request: HttpRequest, base: str, language: str) -> str:
    """The full HTML of an item: its body, or its summary as a paragraph if the body is empty."""
    rendered = render_body(body, page=page, request=request).strip()
    if not rendered:
        rendered = f"<p>{escape(getattr(page, f'summary_{language}'))}</p>"
    return xml_safe(absolute_links(rendered, base=base))
