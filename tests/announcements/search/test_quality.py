"""Search quality over the list of queries in ``quality_queries`` (figures: ``make bench``)."""

import pytest

from announcements.search.query import search
from announcements.search.text import query_terms

from .quality_queries import ENGLISH, JAPANESE, outcomes, summary

pytestmark = pytest.mark.django_db


def site_search(language: str):
    def run(query: str) -> list[str]:
        return [document.url for document in search(query_terms(query), language=language)]

    return run


def test_the_list_is_long_enough():
    assert len(JAPANESE) >= 20 and len(ENGLISH) >= 20


@pytest.mark.parametrize(("language", "queries"), [("ja", JAPANESE), ("en", ENGLISH)])
def test_recall_and_precision_at_5(indexed_seed, language, queries):
    results = outcomes(queries, site_search(language))
    figures = summary(results)

    assert figures["recall"] >= 0.9, figures
    assert figures["precision_at_5"] >= 0.9, figures
    # Every query but the deliberate variant spellings finds what it names exactly.
    missed = [outcome.query for outcome in results if outcome.recall == 0]
    assert missed in ([], ["取消"]), missed
