"""Answering a query: every term must occur, as a substring of the normalised text.

Substrings, not words: Japanese has no spaces, so 派生 must find 派生作品. The
database does the matching (``LIKE '%term%'`` on SQLite and PostgreSQL); ranking
runs over the matches. Announcements are checked against the public selector again
at query time, so an item that stopped being public is never shown, even before the
index catches up.
"""

from dataclasses import dataclass

from django.db.models import Q

from announcements.public.selectors import public_announcements, public_faqs

from .models import SearchDocument

Kind = SearchDocument.Kind

TITLE_WEIGHT = 5
MAX_COUNTED_OCCURRENCES = 5


@dataclass(frozen=True)
class Hit:
    document: SearchDocument
    score: int


def _still_public(language: str) -> Q:
    return (
        Q(kind=Kind.CLAUSE)
        | Q(kind=Kind.ANNOUNCEMENT, object_id__in=public_announcements(language=language).values("pk"))
        | Q(kind=Kind.FAQ, object_id__in=public_faqs(language=language).values("pk"))
    )


def score(document: SearchDocument, terms: list[str]) -> int:
    """Title matches weigh most; then how often the terms occur (a few times is enough)."""
    return sum(
        (TITLE_WEIGHT if term in document.normalised_title else 0)
        + min(document.normalised.count(term), MAX_COUNTED_OCCURRENCES)
        for term in terms
    )


def search(terms: list[str], *, language: str) -> list[Hit]:
    """Public items of ``language`` containing every term, best first; none for no terms."""
    if not terms:
        return []
    documents = SearchDocument.objects.filter(_still_public(language), language=language)
    for term in terms:
        documents = documents.filter(normalised__contains=term)
    hits = [Hit(document, score(document, terms)) for document in documents]
    # Best score first; among equals, announcements, then FAQs, then clauses, each in site order.
    kind_order = {Kind.ANNOUNCEMENT: 0, Kind.FAQ: 1, Kind.CLAUSE: 2}
    hits.sort(key=lambda hit: (-hit.score, kind_order[hit.document.kind], hit.document.position))
    return hits
