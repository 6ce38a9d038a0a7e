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
