"""The announcement list on the home page: newest first, filtered by topic, paginated.

Only canonical URLs are answered: a ``?page=`` that is not a page number in range,
``?page=1`` and an empty ``?topic=`` redirect to the canonical URL of the page meant
(the first or the last), so each listing page has one URL and one cache entry. An
unknown ``?topic=`` is a 404. The same few queries whatever the number of announcements.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404

from announcements.models import Topic
from announcements.reader_context import CanonicalRedirect
from site_config.i18n import language_codes

from .selectors import public_announcements

PER_PAGE = 10


def announcement_listing(request, *, index) -> dict:
    announcements = public_announcements(language=request.LANGUAGE_CODE).child_of(index)
    topics = list(
        Topic.objects.annotate(
            public_count=Count("announcements", filter=Q(announcements__in=announcements.values("pk")))
        )
    )
    topic = _selected_topic(request, topics)
    if topic is not None:
        announcements = announcements.filter(topics=topic)
    paginator = Paginator(announcements.defer_streamfields().prefetch_related("updates"), PER_PAGE)
    requested = request.GET.get("page")
    page = paginator.get_page(requested)
    if (requested is not None and requested != str(page.number)) or requested == "1" or request.GET.get("topic") == "":
        canonical = _page_url(page.number, topic)
        raise CanonicalRedirect(request.path + ("" if canonical == "." else canonical))
    return {
        "announcements": page.object_list,
        "page_obj": page,
        "topics": [item for item in topics if item.public_count or item == topic],
        "selected_topic": topic,
        "topic_in_other_languages": topic is not None and not page.object_list and _in_other_languages(request, topic),
        "topic": topic,  # includes/feed_links.html offers the topic's own feeds
        "page_links": _page_links(page, topic),
    }


def _in_other_languages(request, topic: Topic) -> bool:
    """Whether a topic empty in the reader's language has announcements in another (one
    published in the default language only, for now): asked only for an empty list."""
    return any(
        public_announcements(language=code).filter(topics=topic).exists()
        for code in language_codes()
        if code != request.LANGUAGE_CODE
    )


def _selected_topic(request, topics) -> Topic | None:
    slug = request.GET.get("topic")
    if not slug:
        return None
    topic = next((item for item in topics if item.slug == slug), None)
    if topic is None:
        raise Http404("No such topic.")
    return topic


def _page_url(number: int, topic: Topic | None) -> str:
    query = {"topic": topic.slug} if topic else {}
    if number > 1:
        query["page"] = number
    return f"?{urlencode(sorted(query.items()))}" if query else "."


def _page_links(page, topic) -> dict:
    """URLs for the previous, next and each numbered page, keeping the topic filter."""
    return {
        "previous": _page_url(page.previous_page_number(), topic) if page.has_previous() else "",
        "next": _page_url(page.next_page_number(), topic) if page.has_next() else "",
        "pages": [(number, _page_url(number, topic)) for number in page.paginator.page_range]
        if page.paginator.num_pages > 1
        else [],
    }
