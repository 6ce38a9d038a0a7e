"""Editors and Moderators can work with the snippets their pages cite."""

import pytest

from announcements.factories import FAQFactory
from licenses.factories import LicenseVersionFactory

pytestmark = pytest.mark.django_db

SNIPPET_LISTINGS = [
    "/admin/snippets/announcements/topic/",
    "/admin/snippets/announcements/faq/",
    "/admin/snippets/licenses/license/",
    "/admin/snippets/licenses/licenseversion/",
]


@pytest.mark.parametrize("url", SNIPPET_LISTINGS)
def test_editors_open_every_snippet_listing(editor_client, url):
    assert editor_client.get(url).status_code == 200


def test_editors_edit_a_faq_and_a_license_version_but_delete_neither(editor_client):
    faq, version = FAQFactory(), LicenseVersionFactory(clauses=["revocation"])

    assert editor_client.get(f"/admin/snippets/announcements/faq/edit/{faq.pk}/").status_code == 200
    assert editor_client.get(f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/").status_code == 200
    assert editor_client.get(f"/admin/snippets/announcements/faq/delete/{faq.pk}/").status_code in (302, 403)


def test_moderators_may_delete_a_faq(moderator_client):
    faq = FAQFactory()

    assert moderator_client.get(f"/admin/snippets/announcements/faq/delete/{faq.pk}/").status_code == 200
