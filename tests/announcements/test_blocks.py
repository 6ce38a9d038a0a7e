import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from announcements.blocks import CitationBlock, ConcernKind, RemainingConcernBlock
from licenses.factories import LicenseVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def versions():
    """Two versions of one license that share their clauses' keys."""
    v1 = LicenseVersionFactory(clauses=["derivative-works", "revocation"])
    v2 = LicenseVersionFactory(supersedes=v1, clauses=["derivative-works", "revocation"])
    return {"v1": v1, "v2": v2}


def citation_value(block, version, clause):
    return block.to_python({"version": version.pk, "clause": clause.pk if clause else None})


def test_a_citation_of_a_clause_from_another_version_is_refused_on_the_clause_field(versions):
    block = CitationBlock()
    v1_clause = versions["v1"].clauses.get(key="derivative-works")

    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(citation_value(block, versions["v2"], v1_clause))

    assert set(caught.value.block_errors) == {"clause"}
    message = caught.value.block_errors["clause"].messages[0]
    assert versions["v1"].label_en in message and versions["v2"].label_en in message


def test_a_citation_of_a_clause_of_the_same_version_is_accepted(versions):
    block = CitationBlock()
    clause = versions["v2"].clauses.get(key="revocation")

    value = block.clean(citation_value(block, versions["v2"], clause))

    assert value["clause"] == clause


def test_a_license_clause_concern_must_cite_a_version():
    block = RemainingConcernBlock()
    value = block.to_python(
        {"title_en": "Revocable", "kind": ConcernKind.LICENSE_CLAUSE, "detail_en": "<p>x</p>", "citation": {}}
    )

    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)

    assert set(caught.value.block_errors) == {"citation"}


def test_a_model_quality_concern_needs_no_citation():
    block = RemainingConcernBlock()
    value = block.to_python(
        {"title_en": "Quality", "kind": ConcernKind.MODEL_QUALITY, "detail_en": "<p>x</p>", "citation": {}}
    )

    assert block.clean(value)["title_en"] == "Quality"


def test_a_clause_without_its_version_is_refused(versions):
    block = RemainingConcernBlock()
    clause = versions["v2"].clauses.get(key="revocation")
    value = block.to_python(
        {
            "title_en": "Quality",
            "kind": ConcernKind.MODEL_QUALITY,
            "detail_en": "<p>x</p>",
            "citation": {"version": None, "clause": clause.pk},
        }
    )

    with pytest.raises(ValidationError):
        block.clean(value)


def concern_citing_earlier(block, cited, earlier):
    return block.to_python(
        {
            "title_en": "Deletion",
            "kind": ConcernKind.LICENSE_CLAUSE,
            "detail_en": "<p>x</p>",
            "citation": {"version": cited.pk, "clause": None},
            "earlier_citations": [{"type": "citation", "value": {"version": earlier.pk, "clause": None}}],
        }
    )


def test_earlier_terms_are_cited_from_an_older_version(versions):
    block = RemainingConcernBlock()

    value = block.clean(concern_citing_earlier(block, versions["v2"], versions["v1"]))

    assert [citation.value["version"] for citation in value["earlier_citations"]] == [versions["v1"]]


def test_earlier_terms_cited_from_the_same_or_a_newer_version_are_refused_on_that_citation(versions):
    block = RemainingConcernBlock()

    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(concern_citing_earlier(block, versions["v1"], versions["v2"]))

    [error] = caught.value.block_errors["earlier_citations"].block_errors.values()
    assert "older than" in error.block_errors["version"].messages[0]
