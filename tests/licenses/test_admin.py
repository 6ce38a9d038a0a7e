"""Licenses in the Wagtail admin: versions with their clauses in both languages, and the clause chooser."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from licenses.factories import LicenseVersionFactory
from licenses.models import LicenseVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return LicenseVersionFactory(clauses=["usage-cap", "revocation"])


def test_every_admin_screen_for_licenses_opens(superuser_client, version):
    urls = [
        "/admin/snippets/licenses/license/",
        f"/admin/snippets/licenses/license/edit/{version.license.pk}/",
        "/admin/snippets/licenses/licenseversion/",
        f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/",
        "/admin/license_clause_chooser/",
        f"/admin/license_clause_chooser/?version={version.pk}",
    ]

    for url in urls:
        assert superuser_client.get(url).status_code == 200, url


def test_a_license_version_with_a_duplicate_clause_key_is_refused_in_the_admin(superuser_client, version):
    clause = {"key": "usage-cap", "heading_en": "Cap", "heading_ja": "上限", "text_en": "t", "text_ja": "t"}
    data = nested_form_data(
        {
            "license": version.license.pk,
            "slug": "v9",
            "label_en": "version 9",
            "label_ja": "第9版",
            "effective_date": "2025-01-01",
            "clauses": inline_formset([clause, clause]),
        }
    )

    response = superuser_client.post("/admin/snippets/licenses/licenseversion/add/", data)

    assert response.status_code == 200
    assert "key" in response.content.decode()
    assert "duplicate" in response.content.decode()
    assert not LicenseVersion.objects.filter(slug="v9").exists()


def test_the_license_version_editor_shows_clauses_in_both_languages(superuser_client, version):
    html = superuser_client.get(f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/").content.decode()

    for name in ("label_en", "label_ja", "clauses-0-heading_en", "clauses-0-heading_ja", "clauses-0-text_ja"):
        assert f'name="{name}"' in html, name


def test_the_clause_chooser_offers_only_the_chosen_versions_clauses(superuser_client, version):
    newer = LicenseVersionFactory(supersedes=version, clauses=["enterprise-license"])

    response = superuser_client.get(f"/admin/license_clause_chooser/results/?version={version.pk}")

    html = response.content.decode()
    assert str(version.clauses.get(key="usage-cap")) in html
    assert str(newer.clauses.get()) not in html
    assert "(usage-cap)" not in html  # clauses are named by their headings; the key is for addresses


def test_the_version_listing_counts_and_filters_clauses_still_to_check(superuser_client):
    from licenses.factories import LicenseVersionFactory
    from licenses.versioning import new_version_from

    v1 = LicenseVersionFactory(clauses=["revocation", "derivative-works"], slug="v1")
    v2 = new_version_from(
        v1, slug="v2", effective_date=v1.effective_date.replace(year=2030), labels={"en": "version 2", "ja": "第2版"}
    )
    url = "/admin/snippets/licenses/licenseversion/"

    listing = superuser_client.get(url).content.decode()
    to_check = superuser_client.get(url, {"to_check": "true"}).content.decode()
    checked = superuser_client.get(url, {"to_check": "false"}).content.decode()

    assert "Clauses to check" in listing
    assert f"/edit/{v2.pk}/" in to_check and f"/edit/{v1.pk}/" not in to_check
    assert f"/edit/{v1.pk}/" in checked and f"/edit/{v2.pk}/" not in checked
