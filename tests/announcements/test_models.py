import pytest
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db


def test_publishing_from_code_without_a_japanese_summary_is_refused(notice):
    notice.summary_ja = ""
    revision = notice.save_revision()  # a draft may be half-translated

    with pytest.raises(ValidationError) as caught:
        revision.publish()

    assert list(caught.value.message_dict) == ["summary_ja"]
    assert "Japanese" in caught.value.message_dict["summary_ja"][0]


def test_a_draft_revision_may_lack_japanese(notice):
    notice.title_ja = ""

    notice.save_revision()

    notice.refresh_from_db()
    assert notice.title_ja


def test_publishing_from_code_with_a_citation_of_another_versions_clause_is_refused(notice, license_versions):
    v1_clause = license_versions["v1"].clauses.get(key="revocation")
    body = notice.body_en.raw_data
    concern = next(
        block for block in body if block["type"] == "remaining_concern" and block["value"]["citation"]["clause"]
    )
    concern["value"]["citation"]["clause"] = v1_clause.pk
    notice.body_en = body

    with pytest.raises(ValidationError) as caught:
        notice.save_revision().publish()

    assert list(caught.value.message_dict) == ["body_en"]
