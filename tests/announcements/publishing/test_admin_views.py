"""The admin's list of side effects: failures with their errors, retried by those allowed to."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from announcements.cache_keys import content_generation
from announcements.publishing.models import SideEffect

pytestmark = pytest.mark.django_db
URL = "/admin/side-effects/"
Status = SideEffect.Status


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


def test_failed_effects_are_listed_with_their_error(superuser_client, failed_effect):
    response = superuser_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    # Named for people, not by its identifiers (announcement 5 no longer exists here).
    assert "Retire cached pages and feeds after announcement 5 was published" in html
    assert "invalidate_caches" not in html
    assert "Redis went away" in html
    assert f'name="id" value="{failed_effect.pk}"' in html


def test_the_screen_speaks_japanese_to_a_japanese_editor(superuser_client, failed_effect):
    user = get_user_model().objects.get(pk=superuser_client.session["_auth_user_id"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()

    html = superuser_client.get(URL).content.decode()

    assert "起きたこと" in html and "原文" not in html
    assert "お知らせ 5の公開に伴う、キャッシュしたページとフィードの破棄" in html


def test_retrying_a_failed_effect_performs_it(superuser_client, failed_effect):
    generation = content_generation()

    response = superuser_client.post(URL, {"id": [failed_effect.pk]}, follow=True)

    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.DONE
    assert content_generation() == generation + 1
    assert "1 side effect was sent again." in response.content.decode()


def test_retry_all_failed(superuser_client, failed_effect):
    superuser_client.post(URL, {"all_failed": "1"})

    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.DONE


def test_retrying_nothing_explains_what_to_do(superuser_client):
    response = superuser_client.post(URL, {"id": ["not-a-number"]}, follow=True)

    assert "Choose at least one side effect to retry." in response.content.decode()


def test_an_unknown_filter_shows_the_default_list(superuser_client, failed_effect):
    response = superuser_client.get(URL + "?show=bogus&p=-3")

    assert response.status_code == 200
    assert response.context["shown"] == "open"


def test_editors_without_the_permission_cannot_see_or_retry(editor_client, failed_effect):
    assert editor_client.get(URL).status_code in (302, 403)
    editor_client.post(URL, {"id": [failed_effect.pk]})
    failed_effect.refresh_from_db()
    assert failed_effect.status == Status.FAILED


def test_the_change_that_caused_an_effect_is_named_and_linked(superuser_client, home_page):
    from announcements.factories import AnnouncementPageFactory

    page = AnnouncementPageFactory(title_en="SD3 is un-banned")
    SideEffect.objects.create(
        kind="warm_feeds", idempotency_key="warm-one", source=f"announcements.announcementpage {page.pk} published"
    )

    html = superuser_client.get(URL + "?show=all").content.decode()

    assert (
        f'Render the feeds again after <a href="/admin/pages/{page.pk}/edit/">announcement “SD3 is un-banned”</a> '
        "was published" in html
    )
