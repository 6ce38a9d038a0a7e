"""The rules of license versions and clauses, as the admin enforces them (``full_clean``)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from licenses.factories import LicenseClauseFactory, LicenseFactory, LicenseVersionFactory
from licenses.models import LicenseClause, LicenseVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return LicenseVersionFactory(license=LicenseFactory(slug="example"), effective_date=datetime.date(2024, 3, 1))


def test_a_duplicate_clause_key_in_one_version_is_refused_on_the_key_field(version):
    LicenseClauseFactory(version=version, key="usage-cap")
    duplicate = LicenseClause(
        version=version, key="usage-cap", heading_en="Cap", heading_ja="上限", text_en="y", text_ja="y"
    )

    with pytest.raises(ValidationError) as caught:
        duplicate.full_clean()

    assert caught.value.message_dict["key"] == ["This version already has a clause with this key."]


def test_the_same_clause_key_is_shared_across_versions(version):
    second = LicenseVersionFactory(supersedes=version)
    for each in (version, second):
        LicenseClauseFactory(version=each, key="revocation")

    assert LicenseClause.objects.filter(version__license=version.license, key="revocation").count() == 2
    assert version.superseded_by == second


def test_a_clause_needs_its_japanese_heading_and_text(version):
    clause = LicenseClause(version=version, key="k", heading_en="Heading", text_en="Text")

    with pytest.raises(ValidationError) as caught:
        clause.full_clean()

    assert {"heading_ja", "text_ja"} <= set(caught.value.message_dict)


@pytest.mark.parametrize("label", ["Version 2: the community license", "第2版：コミュニティ"])
def test_a_version_label_may_not_contain_a_colon(version, label):
    version.label_en = version.label_ja = label

    with pytest.raises(ValidationError) as caught:
        version.full_clean()

    assert {"label_en", "label_ja"} <= set(caught.value.message_dict)


def test_a_version_cannot_supersede_a_version_of_another_license(version):
    foreign = LicenseVersionFactory()
    successor = LicenseVersion(
        license=version.license, slug="v2", effective_date=datetime.date(2024, 4, 1), label_en="v2", label_ja="第2版"
    )
    successor.supersedes = foreign

    with pytest.raises(ValidationError) as caught:
        successor.full_clean()

    assert "supersedes" in caught.value.message_dict


def test_a_version_cannot_supersede_a_later_one(version):
    later = LicenseVersionFactory(license=version.license, effective_date=datetime.date(2025, 1, 1))
    earlier = LicenseVersion(
        license=version.license, slug="v0", effective_date=datetime.date(2024, 1, 1), label_en="v0", label_ja="第0版"
    )
    earlier.supersedes = later

    with pytest.raises(ValidationError) as caught:
        earlier.full_clean()

    assert "supersedes" in caught.value.message_dict


def test_a_clause_links_to_its_anchor_on_the_version_page(version):
    clause = LicenseClauseFactory(version=version, key="derivative-works")

    assert clause.get_absolute_url() == f"/en/licenses/example/{version.slug}/#derivative-works"
