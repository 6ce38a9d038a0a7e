"""The public license pages: a version's clauses, its place among the license's versions, the list."""

import pytest
from django.utils import translation

from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_version_page_shows_every_clause_under_its_key(client, versions, language):
    version = versions["v2"]

    response = client.get(f"/{language}/licenses/{version.license.slug}/{version.slug}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    for clause in version.clauses.all():
        section = page.find(id=clause.key)
        assert section is not None
        assert getattr(clause, f"heading_{language}") in section.get_text()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_older_version_points_to_the_newer_one(client, versions, language):
    v1, v2 = versions["v1"], versions["v2"]

    response = client.get(f"/{language}/licenses/{v1.license.slug}/{v1.slug}/")

    notice = soup(response).select_one(".notice--superseded a")
    assert notice["href"] == f"/{language}/licenses/{v2.license.slug}/{v2.slug}/"
    with translation.override(language):
        assert notice.get_text(strip=True) == v2.full_name


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_license_page_lists_its_versions_in_order(client, versions, language):
    license_ = versions["v1"].license

    response = client.get(f"/{language}/licenses/{license_.slug}/")

    labels = [a.get_text(strip=True) for a in soup(response).select(".version-timeline h3 a")]
    with translation.override(language):
        assert labels == [versions[slug].full_name for slug in ("v1", "v2")]


def test_the_license_list_is_localized(client, versions):
    response = client.get("/ja/licenses/")

    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "ライセンス"
    assert versions["v1"].license.name_ja in visible_text(response)


def test_the_switcher_on_a_license_page_keeps_the_reader_on_it(client, versions):
    version = versions["v2"]
    response = client.get(f"/en/licenses/{version.license.slug}/{version.slug}/")

    switch = soup(response).select_one('.language-switcher a[hreflang="ja"]')

    assert switch["href"] == f"/ja/licenses/{version.license.slug}/{version.slug}/"
