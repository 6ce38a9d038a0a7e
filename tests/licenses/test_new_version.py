"""“New version from this one”: a license version started from the one it supersedes."""

import datetime

import pytest
from django.contrib.auth.models import Permission

from licenses.factories import LicenseVersionFactory
from licenses.models import LicenseVersion
from tests.html import soup

pytestmark = pytest.mark.django_db


def new_version_url(version) -> str:
    return f"/admin/snippets/licenses/licenseversion/new-version/{version.pk}/"


def form(**overrides) -> dict:
    return {"slug": "v9", "effective_date": "2025-01-01", "label_en": "version 9", "label_ja": "第9版"} | overrides


def test_the_new_version_keeps_the_clause_keys_supersedes_its_source_and_has_its_own_labels(superuser_client):
    source = LicenseVersionFactory(clauses=["derivative-works", "revocation"], name_en="Community License")

    response = superuser_client.post(new_version_url(source), form())

    new = LicenseVersion.objects.get(license=source.license, slug="v9")
    assert response.status_code == 302 and response.url == f"/admin/snippets/licenses/licenseversion/edit/{new.pk}/"
    assert new.supersedes == source
    assert not new.live  # a draft until a moderator publishes it
    assert (new.label_en, new.label_ja) == ("version 9", "第9版")
    assert new.name_en == "Community License"
    assert [c.key for c in new.clauses.order_by("sort_order")] == [c.key for c in source.clauses.order_by("sort_order")]
    assert all(clause.carried_over for clause in new.clauses.all())
    assert not any(clause.carried_over for clause in source.clauses.all())


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"label_ja": ""}, "label_ja", "This field is required."),
        ({"label_en": "version 9: June terms"}, "label_en", "Leave the colon out"),
        ({"effective_date": "2020-01-01"}, "__all__", "must not take effect after this one"),
    ],
)
def test_bad_input_is_refused_on_the_field_concerned(superuser_client, fields, field, message):
    source = LicenseVersionFactory(clauses=["revocation"], effective_date=datetime.date(2024, 7, 5))

    response = superuser_client.post(new_version_url(source), form(**fields))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors[field])
    assert not LicenseVersion.objects.filter(slug="v9").exists()


def test_a_version_that_already_has_a_successor_is_refused(superuser_client):
    source = LicenseVersionFactory(clauses=["revocation"])
    LicenseVersionFactory(license=source.license, supersedes=source)

    response = superuser_client.post(new_version_url(source), form())

    assert response.status_code == 200
    assert "already has a newer version" in " ".join(response.context["form"].non_field_errors())


def test_the_listing_offers_a_new_version_and_no_plain_copy(superuser_client):
    source = LicenseVersionFactory()

    listing = soup(superuser_client.get("/admin/snippets/licenses/licenseversion/"))

    assert listing.find("a", href=new_version_url(source)) is not None
    copy = superuser_client.get(f"/admin/snippets/licenses/licenseversion/copy/{source.pk}/", follow=True)
    assert copy.status_code == 404


def test_someone_without_permission_to_add_versions_cannot_open_it(client, django_user_model):
    source = LicenseVersionFactory()
    user = django_user_model.objects.create_user("visitor", "v@example.com", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(new_version_url(source)).status_code in (302, 403)
