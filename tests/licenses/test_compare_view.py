"""The comparison page between two versions of a license, and the way there."""

import pytest

from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def license_path(versions):
    return f"/licenses/{versions['v1'].license.slug}"


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", {"commercial-use": "Changed", "usage-cap": "Removed", "enterprise-license": "Added"}),
        ("ja", {"commercial-use": "変更", "usage-cap": "削除", "enterprise-license": "追加"}),
    ],
)
def test_each_clause_shows_how_it_changed(client, license_path, language, labels):
    response = client.get(f"/{language}{license_path}/compare/v1/v2/")

    assert response.status_code == 200
    page = soup(response)
    for key, label in labels.items():
        assert page.find(id=key).select_one(".status").get_text(strip=True) == label
    changed = page.find(id="commercial-use")
    assert changed.select("del") and changed.select("ins")
    assert page.find(id="usage-cap").select_one("del") is not None
    assert page.find(id="enterprise-license").select_one("ins") is not None


def test_the_summary_counts_every_kind_of_change(client, license_path):
    text = visible_text(client.get(f"/en{license_path}/compare/v1/v2/"))

    assert "1 clause changed" in text
    assert "1 clause added" in text and "1 clause removed" in text and "2 clauses unchanged" in text


def test_the_description_names_the_license_as_a_sentence_does(client, license_path, versions):
    page = soup(client.get(f"/en{license_path}/compare/v1/v2/"))
    license_name = versions["v1"].license.name_en

    description = page.find("meta", attrs={"name": "description"})["content"]
    assert description.startswith(f"What changed in the {license_name} between ")


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_each_version_page_links_to_the_comparison(client, license_path, version):
    page = soup(client.get(f"/ja{license_path}/{version}/"))

    links = [a["href"] for a in page.select(".compare-links a")]
    assert links == [f"/ja{license_path}/compare/v1/v2/"]


def test_the_license_timeline_links_each_version_to_what_changed(client, license_path, versions):
    page = soup(client.get(f"/en{license_path}/"))

    entries = page.select(".version-timeline > li")
    assert [e.h3.a.get_text(strip=True) for e in entries] == [versions["v1"].full_name, versions["v2"].full_name]
    assert entries[1].select_one(".badge--current") is not None
    assert entries[1].find("a", href=f"/en{license_path}/compare/v1/v2/") is not None


def test_the_newer_version_first_redirects_to_the_one_address(client, license_path):
    response = client.get(f"/en{license_path}/compare/v2/v1/")

    assert response.status_code == 302
    assert response.url == f"/en{license_path}/compare/v1/v2/"


@pytest.mark.parametrize(
    "path", ["{license}/compare/v1/v1/", "{license}/compare/v1/v9/", "/licenses/nope/compare/v1/v2/"]
)
def test_an_impossible_comparison_is_a_localized_404(client, license_path, path):
    response = client.get(f"/ja{path.format(license=license_path)}")

    assert response.status_code == 404
    assert "ページが見つかりません" in visible_text(response)
