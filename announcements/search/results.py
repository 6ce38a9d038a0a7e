"""Search hits as readers see them: kind, title and excerpt highlighted, date, link."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from announcements.rules.notice_dates import NoticeDate

from .highlight import excerpt, highlighted
from .models import SearchDocument

KIND_LABELS = {
    SearchDocument.Kind.ANNOUNCEMENT: _("Announcement"),
    SearchDocument.Kind.FAQ: _("Question"),
    SearchDocument.Kind.CLAUSE: _("License clause"),
}


@dataclass(frozen=True)
class Result:
    kind: str
    kind_label: str
    source: str
    title: SafeString
    excerpt: SafeString
    url: str
    date: NoticeDate | None


def result(document: SearchDocument, terms: list[str]) -> Result:
    return Result(
        kind=document.kind,
        kind_label=str(KIND_LABELS[document.kind]),
        source=document.source,
        title=highlighted(document.title, terms),
        excerpt=excerpt(document.text, terms),
        url=document.url,
        date=NoticeDate(document.date, document.date_precision or "day") if document.date else None,
    )


def page_url(query: str, number: int) -> str:
    parameters = {"q": query}
    if number > 1:
        parameters["page"] = number
    return f"?{urlencode(parameters)}"


def page_links(page, query: str) -> dict:
    """Previous, next and numbered pages of results, keeping the query."""
    return {
        "previous": page_url(query, page.previous_page_number()) if page.has_previous() else "",
        "next": page_url(query, page.next_page_number()) if page.has_next() else "",
        "pages": [(number, page_url(query, number)) for number in page.paginator.page_range]
        if page.paginator.num_pages > 1
        else [],
    }
