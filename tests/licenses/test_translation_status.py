"""A license version's texts and its clauses' have translation status like a page's: an edit
of one language leaves the other out of date, publishing refuses it until someone updates
or confirms it, and it is listed in "Translations to check"."""

import pytest

from licenses.factories import LicenseVersionFactory
from licenses.models import LicenseVersion
from site_config.translation_status.freshness import Freshness
from site_config.translation_status.texts import TranslationsOutOfDate, translation_work
from tests.admin_forms import edit_form_data
from tests.html import soup

pytestmark = pytest.mark.django_db

STILL_REVOCABLE = "引き続き取り消し可能です。"


@pytest.fixture
def v2(home_page) -> LicenseVersion:
    version = LicenseVersionFactory(slug="v2", clauses=["derivative-works", "revocation"])
    revocation = version.clauses.get(key="revocation")
    revocation.text_en, revocation.text_ja = "It can still be revoked.", STILL_REVOCABLE
    revocation.save()
    version.save_revision().publish()
    return LicenseVersion.objects.get(pk=version.pk)


def with_english_revocation(version: LicenseVersion, text: str) -> LicenseVersion:
    """``version`` with its revocation clause's English changed, as the inline form edits it."""
    clauses = list(version.clauses.all())
    for clause in clauses:
        if clause.key == "revocation":
            clause.text_en = text
    version.clauses = clauses
    return version


def status(version) -> dict:
    latest = LicenseVersion.objects.get(pk=version.pk).get_latest_revision().as_object()
    return {text.key: statuses for text, statuses in translation_work(latest)}


def test_a_clause_edited_in_english_only_leaves_its_japanese_out_of_date(v2):
    revision = with_english_revocation(v2, "It can no longer be revoked.").save_revision()

    assert status(v2) == {"clauses.revocation.text": {"ja": Freshness.OUT_OF_DATE}}
    with pytest.raises(TranslationsOutOfDate, match=r"[Rr]evocation"):
        revision.publish()
    assert STILL_REVOCABLE in LicenseVersion.objects.get(pk=v2.pk).clauses.get(key="revocation").text_ja


def edit_url(version) -> str:
    return f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/"


def test_the_edit_view_refuses_to_publish_it_until_the_japanese_is_confirmed(superuser_client, v2):
    form = edit_form_data(superuser_client, v2, url=edit_url(v2))
    revocation = next(name for name, value in form.items() if value == "It can still be revoked.")
    form[revocation] = "It can no longer be revoked."

    refused = superuser_client.post(edit_url(v2), {**form, "action-publish": "publish"})

    assert refused.status_code == 200
    assert "Japanese" in " ".join(refused.context["form"].errors["translations_checked"])
    live = LicenseVersion.objects.get(pk=v2.pk).clauses.get(key="revocation")
    assert live.text_en == "It can still be revoked."

    superuser_client.post(edit_url(v2), {**form, "action-publish": "publish", "translations_checked": "ja"})
    live = LicenseVersion.objects.get(pk=v2.pk).clauses.get(key="revocation")
    assert live.text_en == "It can no longer be revoked." and status(v2) == {}


def test_the_edit_view_and_the_translation_report_show_the_clause_to_check(superuser_client, v2):
    with_english_revocation(v2, "It can no longer be revoked.").save_revision()

    panel = soup(superuser_client.get(edit_url(v2))).get_text(" ", strip=True)
    report = soup(superuser_client.get("/admin/reports/translations/"))

    assert "Revocation" in panel or "revocation" in panel
    assert report.find("a", href=edit_url(v2)) is not None


def test_the_versions_listing_shows_and_filters_by_translation_status(superuser_client, v2):
    up_to_date = LicenseVersionFactory(license=v2.license, slug="v3", label_en="Version 3", label_ja="第3版")
    up_to_date.save_revision()
    with_english_revocation(v2, "It can no longer be revoked.").save_revision()
    listing = "/admin/snippets/licenses/licenseversion/"

    rows = soup(superuser_client.get(listing, {"translation": "out_of_date:ja"})).select("tbody tr")

    assert [row.select_one("td a").get_text(strip=True) for row in rows] == [v2.label_en]
    assert "out of date" in rows[0].get_text(" ")
    everything = soup(superuser_client.get(listing)).get_text(" ")
    assert "Version 3" in everything and "Japanese out of date" in everything  # the filter's choice
