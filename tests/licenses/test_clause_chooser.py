"""Editors tell clauses apart in the chooser: each names its license version, and a version can be picked."""

import pytest

from licenses.factories import LicenseVersionFactory
from tests.html import soup

pytestmark = pytest.mark.django_db
CHOOSER = "/admin/license_clause_chooser/"


@pytest.fixture
def versions():
    v1 = LicenseVersionFactory(clauses=["revocation"], name_en="Research License", name_ja="研究ライセンス")
    v2 = LicenseVersionFactory(
        license=v1.license,
        supersedes=v1,
        clauses=["revocation"],
        name_en="Community License",
        name_ja="コミュニティライセンス",
    )
    return v1, v2


def rows(client, **query) -> list[str]:
    response = client.get(f"{CHOOSER}results/", query)
    assert response.status_code == 200
    return [row.get_text(" ", strip=True) for row in soup(response).select("tbody tr td:first-child")]


def test_each_clause_is_labelled_license_version_and_heading(superuser_client, versions):
    v1, v2 = versions

    listed = rows(superuser_client)

    assert any(f"Community License · {v2.label_en} ·" in row for row in listed)
    assert any(f"Research License · {v1.label_en} ·" in row for row in listed)


def test_the_chooser_can_be_limited_to_one_version(superuser_client, versions):
    _v1, v2 = versions

    listed = rows(superuser_client, version=v2.pk)

    assert listed and all("Community License" in row for row in listed)
