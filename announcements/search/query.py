"""Answering a query: every term must occur, as a substring of the normalised text.

Substrings, not words: Japanese has no spaces, so 派生 must find 派生作品. The
database does the matching (``LIKE '%term%'`` on SQLite and PostgreSQL); ranking
runs over the matches. Announcements are checked against the public selector again
at query time, so an item that stopped being public is never shown, even before the
index catches up.
"""

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Least, Length, Replace

from announcements.public.selectors import public_announcements, public_faqs

from .models import SearchDocument

Kind = SearchDocument.Kind

TITLE_WEIGHT = 5
MAX_COUNTED_OCCURRENCES = 5
# Among results that score the same: announcements, then FAQs, then clauses.
KIND_ORDER = Case(
    When(kind=Kind.ANNOUNCEMENT, then=Value(0)),
    When(kind=Kind.FAQ, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _still_public(language: str) -> Q:
    return (
        Q(kind=Kind.CLAUSE)
        | Q(kind=Kind.ANNOUNCEMENT, object_id__in=public_announcements(language=language).values("pk"))
        | Q(kind=Kind.FAQ, object_id__in=public_faqs(language=language).values("pk"))
    )


def _occurrences(term: str):
    """How often ``term`` occurs in the normalised text, in SQL: the characters removing
    it removes, divided by its length (LENGTH counts characters on SQLite and PostgreSQL)."""
    removed = Length("normalised") - Length(Replace("normalised", Value(term), Value("")))
    return removed / Value(len(term))


def _score(terms: list[str]):
    """Title matches weigh most; then how often the terms occur (a few times is enough)."""
    parts = [
        Case(When(normalised_title__contains=term, then=Value(TITLE_WEIGHT)), default=Value(0))
        + Least(_occurrences(term), Value(MAX_COUNTED_OCCURRENCES))
        for term in terms
    ]
    return sum(parts[1:], start=parts[0])


def search(terms: list[str], *, language: str) -> QuerySet[SearchDocument]:
    """Public items of ``language`` containing every term, best first (``score``); none
    for no terms. Scored and ordered by the database, so a page of results reads ten
    documents however many match; the normalised texts never leave it."""
    if not terms:
        return SearchDocument.objects.none()
    documents = SearchDocument.objects.filter(_still_public(language), language=language)
    for term in terms:
        documents = documents.filter(normalised__contains=term)
    return (
        documents.annotate(score=_score(terms), kind_order=KIND_ORDER)
        .order_by(F("score").desc(), "kind_order", "position", "-object_id")
        .defer("normalised", "normalised_title")
    )
