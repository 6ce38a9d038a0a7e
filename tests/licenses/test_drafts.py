"""A license version is drafted, previewed and published like a page: readers see nothing of
a draft (not its page, its clauses, its place in lists, the API or the sitemap, nor "a newer
version exists" on the version it will supersede) until it is published."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from announcements.factories import AnnouncementPageFactory
from licenses.factories import LicenseVersionFactory
from licenses.models import LicenseVersion, citation_errors
from licenses.versioning import new_version_from
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def v2(home_page):
    return LicenseVersionFactory(slug="v2", clauses=["derivative-works", "revocation"])


@pytest.fixture
def v3(v2) -> LicenseVersion:
    """Version 3, started from version 2 with "New version from this one": a draft."""
    return new_version_from(
        v2, slug="v3", effective_date=datetime.date(2026, 1, 1), labels={"en": "version 3", "ja": "第3版"}
    )


def public_texts(client, v2, language="en") -> dict[str, str]:
    slug = v2.license.slug
    paths = {
        "license": f"/{language}/licenses/{slug}/",
        "version 2": f"/{language}/licenses/{slug}/v2/",
        "api versions": f"/{language}/api/v1/licenses/{slug}/",
        "sitemap": "/sitemap.xml",
    }
    return {name: client.get(path).content.decode() for name, path in paths.items()}


def test_a_new_version_is_a_draft_readers_cannot_see(client, v2, v3):
    slug = v2.license.slug

    assert not v3.live and v3.get_latest_revision() is not None
    assert client.get(f"/en/licenses/{slug}/v3/").status_code == 404
    assert client.get(f"/ja/api/v1/licenses/{slug}/versions/v3/").status_code == 404
    assert client.get(f"/en/licenses/{slug}/compare/v2/v3/").status_code == 404
    for name, text in public_texts(client, v2).items():
        assert "v3" not in text and "version 3" not in text, name
    assert "newer version" not in public_texts(client, v2)["version 2"]


def test_once_published_it_is_everywhere_and_version_2_points_to_it(client, v2, v3):
    v3.get_latest_revision().publish()

    assert client.get(f"/en/licenses/{v2.license.slug}/v3/").status_code == 200
    texts = public_texts(client, v2)
    assert "A newer version of this license exists" in texts["version 2"] and "/v3/" in texts["version 2"]
    assert "/v3/" in texts["sitemap"] and '"v3"' in texts["api versions"]


def test_an_edit_of_a_live_version_stays_a_draft_until_published(client, v2):
    draft = LicenseVersion.objects.get(pk=v2.pk)
    clauses = list(draft.clauses.all())  # edited inline, as the edit form does: in the revision only
    [revocation] = [clause for clause in clauses if clause.key == "revocation"]
    revocation.text_en, revocation.text_ja = "It can no longer be revoked.", "もう取り消すことはできません。"
    draft.clauses = clauses
    draft.save_revision()
    page = f"/en/licenses/{v2.license.slug}/v2/"

    assert "It can no longer be revoked." not in client.get(page).content.decode()

    draft.get_latest_revision().publish()
    assert "It can no longer be revoked." in client.get(page).content.decode()


@pytest.mark.parametrize(("language", "heading"), [("en", "version 3"), ("ja", "第3版")])
def test_the_draft_previews_as_its_page_in_each_language(superuser_client, v3, language, heading):
    edit_view = superuser_client.get(f"/admin/snippets/licenses/licenseversion/edit/{v3.pk}/").content.decode()
    assert "Publish" in edit_view and "Preview" in edit_view

    preview = v3.make_preview_request(preview_mode=language)

    assert preview.status_code == 200
    html = preview.content.decode()
    assert heading in html and 'id="derivative-works"' in html


def test_a_draft_version_cannot_be_cited(v3):
    errors = citation_errors(v3, v3.clauses.first())

    assert "not published yet" in errors["version"].messages[0]
    with pytest.raises(ValidationError):
        AnnouncementPageFactory(resolved=1, cites=v3)


def test_the_versions_listing_shows_which_are_drafts(superuser_client, v3):
    rows = soup(superuser_client.get("/admin/snippets/licenses/licenseversion/")).select("tbody tr")

    statuses = {row.find("a").get_text(strip=True): row.select("td")[-1].get_text(" ", strip=True) for row in rows}
    assert statuses == {"version 1": "live", "version 3": "draft"}
