"""`manage.py load_sd3_notice`: what the SD3 seed loads, and that loading it again changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from announcements.blocks import ConcernKind
from announcements.models import FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage, Topic
from licenses.models import License, LicenseClause, LicenseVersion

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sd3_seed")]

SEEDED_MODELS = (License, LicenseVersion, LicenseClause, Topic, FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage)


def counts():
    return {model.__name__: model.objects.count() for model in SEEDED_MODELS}


def test_loading_twice_creates_nothing_the_second_time():
    before = counts()
    out = StringIO()

    call_command("load_sd3_notice", stdout=out)

    assert counts() == before
    assert "0 created" in out.getvalue()


def test_a_second_load_keeps_an_editors_changes(notice):
    notice.title_en, notice.title_ja = "Edited by an editor", "編集者が編集しました"
    notice.save_revision().publish()

    call_command("load_sd3_notice", stdout=StringIO())

    notice.refresh_from_db()
    assert notice.title_en == "Edited by an editor"


def test_the_notice_is_published_in_both_languages(notice):
    assert notice.live
    for language in ("en", "ja"):
        assert getattr(notice, f"title_{language}")
        assert getattr(notice, f"summary_{language}")
    assert len(notice.body) > 0
    for block in notice.body:  # every text of every block, in both languages
        for name, value in block.value.items():
            if name.endswith(("_en", "_ja")) and name != "previously_ja" and name != "previously_en":
                assert getattr(value, "source", value), (block.block_type, name)
    assert "解禁" in notice.title_ja


def test_the_site_home_page_is_the_announcement_index():
    index = AnnouncementIndexPage.objects.get()
    assert index.get_site().root_page.pk == index.pk


def test_the_notice_has_the_expected_concerns(notice):
    body = notice.body
    resolved = [block.value for block in body if block.block_type == "resolved_concern"]
    remaining = [block.value for block in body if block.block_type == "remaining_concern"]
    license_remaining = [value for value in remaining if value["kind"] == ConcernKind.LICENSE_CLAUSE]
    other_remaining = [value for value in remaining if value["kind"] != ConcernKind.LICENSE_CLAUSE]

    assert len(resolved) == 3
    assert len(license_remaining) == 2  # "not perfect": revocable, deletion on termination
    assert {value["kind"] for value in other_remaining} == {
        ConcernKind.MODEL_QUALITY,
        ConcernKind.ECOSYSTEM,
        ConcernKind.BUSINESS,
    }
    assert sum(block.block_type == "decision" for block in body) == 1


def test_every_license_concern_cites_a_clause_of_version_2(notice):
    body = notice.body
    license_concerns = [
        block.value
        for block in body
        if block.block_type in ("resolved_concern", "remaining_concern")
        and block.value["kind"] == ConcernKind.LICENSE_CLAUSE
    ]

    assert len(license_concerns) == 4
    for value in license_concerns:
        citation = value["citation"]
        assert citation["version"].slug == "v2"
        assert citation["clause"].version_id == citation["version"].pk
    cited_keys = {value["citation"]["clause"].key for value in license_concerns}
    assert {"derivative-works", "revocation", "deletion-on-termination"} <= cited_keys


def test_resolved_license_concerns_say_what_version_1_said(notice):
    for block in notice.body:
        if block.block_type == "resolved_concern" and block.value["kind"] == ConcernKind.LICENSE_CLAUSE:
            assert block.value["previously_en"].source.strip()
            assert block.value["previously_ja"].source.strip()


def test_the_license_has_two_versions_with_shared_clause_keys(license_versions):
    v1, v2 = license_versions["v1"], license_versions["v2"]
    assert v2.supersedes == v1
    shared = set(v1.clauses.values_list("key", flat=True)) & set(v2.clauses.values_list("key", flat=True))
    assert {"derivative-works", "commercial-use", "revocation", "deletion-on-termination"} <= shared
    assert not v2.clauses.filter(key="usage-cap").exists()


def test_at_least_seven_faqs_exist_in_both_languages():
    faqs = list(FAQ.objects.all())
    assert len(faqs) >= 7
    for faq in faqs:
        faq.full_clean()  # both languages are required fields


def test_a_malformed_date_is_refused_with_a_clear_message():
    with pytest.raises(CommandError, match="--date must be a date like"):
        call_command("load_sd3_notice", "--date", "July 2024", stdout=StringIO())
