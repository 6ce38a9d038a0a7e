"""The feeds: one Django ``Feed`` class per format, items from the one public selector.

Every feed lists the public announcements written in the language of its URL
(``/en/feeds/...``, ``/ja/feeds/...``), newest first, optionally only one topic's.
An announcement not yet written in Japanese is absent from the Japanese feeds.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Max
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from site_config.public_urls import absolute_url

from ..models import AnnouncementPage, Topic
from ..public.selectors import public_announcements
from ..public.serializers import CONCERNS_FORMAT, structured_concerns
from ..rules.text import xml_safe
from .content import RELATED_TO_PREFETCH, FeedItem, feed_items, site_author
from .generators import AnnouncementAtomFeed, AnnouncementRssFeed
from .jsonfeed import JSONFeed

ITEM_LIMIT = 20  # RSS and Atom carry the newest 20 announcements
PAGE_SIZE = 20  # JSON Feed pages of 20, linked by next_url
EXTENSION = "_community_announcements"


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of an empty feed on a site with no announcements


@dataclass(frozen=True)
class FeedScope:
    """What one feed request asks for, and the pages that answer it."""

    request: HttpRequest
    language: str
    topic: Topic | None
    page_number: int
    pages: list[AnnouncementPage]
    has_next: bool

    @property
    def date_when_empty(self) -> datetime | None:
        """A feed with no items still has a date (RSS ``lastBuildDate``, Atom ``updated``,
        the Last-Modified header): the language's newest publication, from the content, so
        re-rendering an unchanged empty feed gives the same body and the same ETag (Django
        would put the time of rendering)."""
        if self.pages:
            return None
        newest = public_announcements(language=self.language).aggregate(newest=Max("last_published_at"))["newest"]
        return newest or EPOCH


def page_number(request: HttpRequest) -> int:
    """The ``?page=`` asked for (1 by default); anything but a positive whole number is a 404."""
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or raw.startswith("0") or len(raw) > 6:
        raise Http404("No such feed page.")
    return int(raw)


class AnnouncementsRssFeed(Feed):
    """RSS 2.0 of the newest announcements in the reader's language."""

    feed_type = AnnouncementRssFeed
    format_name = "rss"
    paginated = False
    item_guid_is_permalink = False

    def get_object(self, request: HttpRequest, topic_slug: str | None = None, page: int = 1) -> FeedScope:
        language = translation.get_language()
        topic = get_object_or_404(Topic, slug=topic_slug) if topic_slug else None
        size = PAGE_SIZE if self.paginated else ITEM_LIMIT
        number = page if self.paginated else 1
        queryset = public_announcements(language=language, topic=topic).prefetch_related(*RELATED_TO_PREFETCH)
        start = (number - 1) * size
        pages = list(queryset[start : start + size + 1])
        if number > 1 and not pages:
            raise Http404("No such feed page.")
        return FeedScope(request, language, topic, number, pages[:size], len(pages) > size)

    def items(self, scope: FeedScope) -> list[FeedItem]:
        return feed_items(scope.pages, language=scope.language, request=scope.request)

    def title(self, scope: FeedScope) -> str:
        if scope.topic is None:
            return _("Community announcements")
        return xml_safe(_("Community announcements: %(topic)s") % {"topic": scope.topic.name})

    def description(self, scope: FeedScope) -> str:
        if scope.topic is None:
            return _("The latest announcements, newest first.")
        return xml_safe(
            _("The latest announcements about %(topic)s, newest first.") % {"topic": scope.topic.in_sentence}
        )

    def subtitle(self, scope: FeedScope) -> str:
        return self.description(scope)

    def link(self, scope: FeedScope) -> str:
        query = f"?{urlencode({'topic': scope.topic.slug})}" if scope.topic else ""
        return absolute_url(f"/{scope.language}/{query}")

    def feed_url(self, scope: FeedScope) -> str:
        return absolute_url(scope.request.path)

    def feed_guid(self, scope: FeedScope) -> str:
        return self.feed_url(scope)

    def author_name(self, scope: FeedScope) -> str:
        return site_author()

    def feed_extra_kwargs(self, scope: FeedScope) -> dict:
        return {"hub_url": settings.WEBSUB_HUB_URL or None, "date_when_empty": scope.date_when_empty}

    def item_title(self, item: FeedItem) -> str:
        return item.title

    def item_description(self, item: FeedItem) -> str:
        return item.summary_html

    def item_link(self, item: FeedItem) -> str:
        return item.url

    def item_guid(self, item: FeedItem) -> str:
        return item.guid

    def item_author_name(self, item: FeedItem) -> str:
        return site_author()

    def item_pubdate(self, item: FeedItem) -> datetime:
        return item.published

    def item_updateddate(self, item: FeedItem) -> datetime:
        return item.modified

    def item_categories(self, item: FeedItem) -> list[str]:
        return item.categories

    def item_extra_kwargs(self, item: FeedItem) -> dict:
        return {"content_html": item.content_html, "language": item.language}


class AnnouncementsAtomFeed(AnnouncementsRssFeed):
    """Atom 1.0 of the newest announcements in the reader's language."""

    feed_type = AnnouncementAtomFeed
    format_name = "atom"


class AnnouncementsJSONFeed(AnnouncementsRssFeed):
    """JSON Feed 1.1 of every announcement in the reader's language, in pages linked by
    ``next_url``, each item with its concerns under the ``_community_announcements`` extension."""

    feed_type = JSONFeed
    format_name = "json"
    paginated = True

    def feed_extra_kwargs(self, scope: FeedScope) -> dict:
        extra = {"date_when_empty": scope.date_when_empty}
        if scope.has_next:
            extra["next_url"] = f"{self.feed_url(scope)}?{urlencode({'page': scope.page_number + 1})}"
        if settings.WEBSUB_HUB_URL:
            extra["hubs"] = [{"type": "WebSub", "url": settings.WEBSUB_HUB_URL}]
        return extra

    def item_extra_kwargs(self, item: FeedItem) -> dict:
        return {
            **super().item_extra_kwargs(item),
            "summary": item.summary,
            EXTENSION: {
                "about": absolute_url(reverse("feeds:index")) + "#json-extension",
                "format": CONCERNS_FORMAT,
                "notice_date": item.page.notice_date.isoformat(),
                "notice_date_precision": item.page.notice_date.precision,
                "topics": [
                    {"slug": topic.slug, "name": xml_safe(getattr(topic, f"name_{item.language}") or topic.name)}
                    for topic in item.page.topics.all()
                ],
                **structured_concerns(item.body, request=item.request),
            },
        }
