import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from announcements.cache_keys import content_generation
from announcements.publishing.models import SideEffect

pytestmark = pytest.mark.django_db
URL = "/admin/side-effects/"
Status = SideEffect.Status


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser(username="admin", email="", password="x"))
    return client


@pytest.fixture
def failed_effect():
    return SideEffect.objects.create(
        kind="invalidate_caches",
        idempotency_key="failed-one",
        source="announcements.announcementpage 5 published",
        status=Status.FAILED,
        attempts=7,
        last_error="ConnectionError: Redis went away",
    )


def test_failed_effects_are_listed_with_their_error(admin_client, failed_effect):
    response = admin_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "announcements.announcementpage 5 published" in html
    assert "Redis went away" in html
    assert f'name="id" value="{failed_effect.pk}"' in html


def test_retrying_a_failed_effect_performs_it(admin_client, failed_effect):
    generation = content_generation()

    response = admin_client.post(URL, {"id": [failed_effect.pk]}, follow=True)

    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.DONE
    assert content_generation() == generation + 1
    assert "1 side effect was sent again." in response.content.decode()


def test_retry_all_failed(admin_client, failed_effect):
    admin_client.post(URL, {"all_failed": "1"})

    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.DONE


def test_retrying_nothing_explains_what_to_do(admin_client):
    response = admin_client.post(URL, {"id": ["not-a-number"]}, follow=True)

    assert "Choose at least one side effect to retry." in response.content.decode()


def test_an_unknown_filter_shows_the_default_list(admin_client, failed_effect):
    response = admin_client.get(URL + "?show=bogus&p=-3")

    assert response.status_code == 200
    assert response.context["shown"] == "open"


def test_editors_without_the_permission_cannot_see_or_retry(client, failed_effect):
    user = get_user_model().objects.create_user(username="editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(URL).status_code in (302, 403)
    client.post(URL, {"id": [failed_effect.pk]})
    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.FAILED
