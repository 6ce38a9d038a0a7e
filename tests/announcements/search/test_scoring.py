"""Scoring and ordering happen in the database: the figures are those of the rule
(title matches weigh five, occurrences count up to five), and a page of results
reads only its own documents."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from announcements.search.models import SearchDocument
from announcements.search.query import MAX_COUNTED_OCCURRENCES, TITLE_WEIGHT, search
from announcements.search.text import normalise, query_terms

pytestmark = pytest.mark.django_db
Kind = SearchDocument.Kind


def clause(object_id: int, title: str, text: str, position: int = 0) -> SearchDocument:
    return SearchDocument.objects.create(
        language="en",
        kind=Kind.CLAUSE,
        object_id=object_id,
        title=title,
        text=text,
        normalised_title=normalise(title),
        normalised=normalise(f"{title}\n{text}"),
        url=f"/en/licenses/x/#c{object_id}",
        position=position,
    )


def expected_score(document: SearchDocument, terms: list[str]) -> int:
    return sum(
        (TITLE_WEIGHT if term in document.normalised_title else 0)
        + min(document.normalised.count(term), MAX_COUNTED_OCCURRENCES)
        for term in terms
    )


def test_scores_follow_the_rule_whatever_the_text():
    documents = [
        clause(1, "Deletion", "deletion " * 9),
        clause(2, "Commercial use", "Revenue under one million; the deletion clause is gone."),
        clause(3, "派生作品", "派生作品とみなされなくなりました。派生は…削除"),
        clause(4, "ＳＤ３ Ｄｅｌｅｔｉｏｎ", "sd3 deletion, SD3 DELETION"),
    ]
    for query in ("deletion", "deletion sd3", "派生", "the deletion", "ion"):
        terms = query_terms(query)
        found = {document.pk: document.score for document in search(terms, language="en")}
        wanted = {
            document.pk: expected_score(document, terms)
            for document in documents
            if all(term in document.normalised for term in terms)
        }
        assert found == wanted, query


def test_results_are_ordered_by_score_then_site_order():
    clause(1, "Other", "license", position=2)
    clause(2, "Other", "license", position=1)
    clause(3, "License", "license license")

    assert [document.object_id for document in search(["license"], language="en")] == [3, 2, 1]


def test_a_page_of_results_reads_only_its_documents():
    for number in range(30):
        clause(number, f"Clause {number}", "license text " * 50, position=number)

    with CaptureQueriesContext(connection) as captured:
        page = list(search(["license"], language="en")[:10])

    assert len(page) == 10
    [select] = [query["sql"] for query in captured.captured_queries if "searchdocument" in query["sql"].lower()]
    assert "LIMIT 10" in select.upper()
    assert {"normalised", "normalised_title"} <= page[0].get_deferred_fields()  # the long texts stay in the database
