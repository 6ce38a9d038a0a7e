"""Publishing from code checks what the admin checks: both languages, and citations that hold."""

import pytest
from django.core.exceptions import ValidationError

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from licenses.factories import LicenseVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    return AnnouncementPageFactory()


def test_publishing_from_code_without_a_japanese_summary_is_refused(page):
    page.summary_ja = ""
    revision = page.save_revision()  # a draft may be half-translated

    with pytest.raises(ValidationError) as caught:
        revision.publish()

    assert list(caught.value.message_dict) == ["summary_ja"]
    assert "Japanese" in caught.value.message_dict["summary_ja"][0]


def test_a_draft_revision_may_lack_japanese(page):
    live_title = page.title_ja
    page.title_ja = ""

    revision = page.save_revision()

    draft = revision.as_object()
    assert draft.title_ja == "" and draft.title_en == page.title_en  # the draft keeps what was written
    live = AnnouncementPage.objects.get(pk=page.pk)
    assert live.title_ja == live_title  # readers still see the published page
    assert live.live and live.has_unpublished_changes and live.latest_revision == revision
    with pytest.raises(ValidationError) as caught:
        revision.publish()
    assert list(caught.value.message_dict) == ["title_ja"]
    assert AnnouncementPage.objects.get(pk=page.pk).live_revision != revision


def test_publishing_from_code_with_a_citation_of_another_versions_clause_is_refused(home_page):
    v1 = LicenseVersionFactory(clauses=["revocation"])
    v2 = LicenseVersionFactory(supersedes=v1, clauses=["revocation"])
    page = AnnouncementPageFactory(remaining=1, cites=v2)
    body = page.body.raw_data
    [concern] = [block for block in body if block["type"] == "remaining_concern"]
    concern["value"]["citation"]["clause"] = v1.clauses.get().pk
    page.body = body

    with pytest.raises(ValidationError) as caught:
        page.save_revision().publish()

    assert list(caught.value.message_dict) == ["body"]


def test_publishing_from_code_a_block_missing_its_japanese_text_is_refused(home_page):
    page = AnnouncementPageFactory(resolved=1)
    body = page.body.raw_data
    [concern] = [block for block in body if block["type"] == "resolved_concern"]
    concern["value"]["title_ja"] = ""
    page.body = body

    with pytest.raises(ValidationError) as caught:
        page.save_revision().publish()

    [error] = caught.value.error_dict["body"]
    assert set(error.block_errors) == {1} and set(error.block_errors[1].block_errors) == {"title_ja"}
    assert error.block_errors[1].block_errors["title_ja"].messages == ["Write this in Japanese before publishing."]


def test_a_draft_may_leave_a_block_without_its_japanese_text(home_page):
    page = AnnouncementPageFactory(resolved=1)
    body = page.body.raw_data
    body[1]["value"]["title_ja"] = ""
    page.body = body

    revision = page.save_revision()  # no error: a draft may be half-translated

    assert revision.as_object().body.raw_data[1]["value"]["title_ja"] == ""
