"""Editors tell clauses apart in the chooser: each names its license version, and a version can be picked."""

import html as html_module

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


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Research", "Research License"),  # the version's name
        ("研究", "Research License"),  # … in Japanese
        ("Example Research revocation", "Research License"),  # license, version, heading: all must match
        ("ｒｅｓｅａｒｃｈ", "Research License"),  # full-width letters read as their plain forms
    ],
)
def test_the_chooser_finds_clauses_by_license_version_or_heading_in_either_language(
    superuser_client, versions, query, expected
):
    listed = rows(superuser_client, q=query)

    assert listed and all(expected in row for row in listed)


def test_the_chooser_finds_a_version_by_its_label(superuser_client, versions):
    _v1, v2 = versions

    assert all("Community License" in row for row in rows(superuser_client, q=v2.label_ja))
    assert rows(superuser_client, q="no such clause anywhere") == []


@pytest.mark.parametrize("bad", ["abc", "-1", "1e9", "٣", "", "9" * 30])
def test_a_bad_version_filter_is_ignored_rather_than_an_error(superuser_client, versions, bad):
    assert superuser_client.get(f"{CHOOSER}results/", {"version": bad}).status_code == 200


def test_the_clause_chooser_follows_the_version_chosen_beside_it(superuser_client, home_page, versions):
    from announcements.factories import AnnouncementPageFactory, FAQFactory

    page, faq = AnnouncementPageFactory(), FAQFactory()

    linked = '"linkedFields": {"version": {"match": "^.*(?=clause-chooser$)", "append": "version"}}'
    for url in (f"/admin/pages/{page.pk}/edit/", f"/admin/snippets/announcements/faq/edit/{faq.pk}/"):
        html = html_module.unescape(superuser_client.get(url).content.decode())
        # Wagtail's linked fields: the chooser reads the version input whose id shares its prefix.
        assert linked in html, url


def test_the_linked_field_pattern_finds_the_version_beside_the_clause():
    import re

    pattern = re.compile(r"^.*(?=clause-chooser$)")
    assert pattern.match("body-3-value-citation-clause-chooser")[0] + "version" == "body-3-value-citation-version"
    assert pattern.match("id_cited_clause-chooser")[0] + "version" == "id_cited_version"
