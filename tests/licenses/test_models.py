import datetime

import pytest
from django.core.exceptions import ValidationError

from licenses.models import License, LicenseClause, LicenseVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def license_():
    return License.objects.create(slug="example", licensor="Example Inc.", name_en="Example", name_ja="例")


def make_version(license_, slug, date, **extra):
    return LicenseVersion.objects.create(
        license=license_, slug=slug, effective_date=date, label_en=f"Version {slug}", label_ja=f"{slug}版", **extra
    )


def test_a_duplicate_clause_key_in_one_version_is_refused_on_the_key_field(license_):
    version = make_version(license_, "v1", datetime.date(2024, 1, 1))
    LicenseClause.objects.create(
        version=version, key="usage-cap", heading_en="Cap", heading_ja="上限", text_en="x", text_ja="x"
    )
    duplicate = LicenseClause(
        version=version, key="usage-cap", heading_en="Cap", heading_ja="上限", text_en="y", text_ja="y"
    )

    with pytest.raises(ValidationError) as caught:
        duplicate.full_clean()

    assert caught.value.message_dict["key"] == ["This version already has a clause with this key."]


def test_the_same_clause_key_is_shared_across_versions(license_):
    first = make_version(license_, "v1", datetime.date(2024, 1, 1))
    second = make_version(license_, "v2", datetime.date(2024, 2, 1), supersedes=first)
    for version in (first, second):
        clause = LicenseClause(
            version=version, key="revocation", heading_en="R", heading_ja="取", text_en="t", text_ja="t"
        )
        clause.full_clean()
        clause.save()

    assert LicenseClause.objects.filter(version__license=license_, key="revocation").count() == 2
    assert first.superseded_by == second


def test_a_clause_needs_its_japanese_heading_and_text(license_):
    version = make_version(license_, "v1", datetime.date(2024, 1, 1))
    clause = LicenseClause(version=version, key="k", heading_en="Heading", text_en="Text")

    with pytest.raises(ValidationError) as caught:
        clause.full_clean()

    assert {"heading_ja", "text_ja"} <= set(caught.value.message_dict)


def test_a_version_cannot_supersede_a_version_of_another_license(license_):
    other = License.objects.create(slug="other", licensor="O", name_en="Other", name_ja="他")
    foreign = make_version(other, "v1", datetime.date(2024, 1, 1))
    version = LicenseVersion(
        license=license_, slug="v2", effective_date=datetime.date(2024, 3, 1), label_en="v2", label_ja="第2版"
    )
    version.supersedes = foreign

    with pytest.raises(ValidationError) as caught:
        version.full_clean()

    assert "supersedes" in caught.value.message_dict


def test_a_version_cannot_supersede_a_later_one(license_):
    later = make_version(license_, "v9", datetime.date(2025, 1, 1))
    version = LicenseVersion(
        license=license_, slug="v2", effective_date=datetime.date(2024, 3, 1), label_en="v2", label_ja="第2版"
    )
    version.supersedes = later

    with pytest.raises(ValidationError) as caught:
        version.full_clean()

    assert "supersedes" in caught.value.message_dict


def test_a_clause_links_to_its_anchor_on_the_version_page(license_versions):
    clause = license_versions["v2"].clauses.get(key="derivative-works")

    assert clause.get_absolute_url() == "/en/licenses/stability-ai-sd3/v2/#derivative-works"
