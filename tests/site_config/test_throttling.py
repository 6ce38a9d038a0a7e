"""Password guessing is throttled (django-axes) on the admin login and on page password
forms, per address and username (or protected page), with the lock-out in both languages."""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db

LIMIT = settings.AXES_FAILURE_LIMIT
LOCKED_OUT = {
    "en": "Too many wrong passwords were tried from your address.",
    "ja": "パスワードの誤りが続いたため",
}


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.com", "right-password", is_staff=True)


def log_in(client, username, password, language="en"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, headers={"accept-language": language}
    )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_admin_login_locks_out_after_too_many_wrong_passwords(client, editor, language):
    for _attempt in range(LIMIT - 1):
        assert log_in(client, "editor", "wrong", language).status_code == 200  # the form again

    locked = log_in(client, "editor", "wrong", language)
    after = log_in(client, "editor", "right-password", language)

    assert locked.status_code == 429 and after.status_code == 429
    assert LOCKED_OUT[language] in after.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lock_out_is_per_username_and_address(client, editor, django_user_model):
    django_user_model.objects.create_user("other", "other@example.com", "other-password", is_staff=True)
    for _attempt in range(LIMIT):
        log_in(client, "editor", "wrong")

    assert log_in(client, "other", "other-password").status_code == 302
    elsewhere = log_in(client, "editor", "right-password")
    assert elsewhere.status_code == 429

    assert (
        Client(REMOTE_ADDR="10.0.0.2")
        .post("/admin/login/", {"username": "editor", "password": "right-password"})
        .status_code
        == 302
    )


def test_a_right_password_within_the_limit_logs_in(client, editor):
    for _attempt in range(LIMIT - 1):
        log_in(client, "editor", "wrong")

    assert log_in(client, "editor", "right-password").status_code == 302


@pytest.fixture
def protected(home_page):
    page = AnnouncementPageFactory(slug_en="members")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, restriction


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_page_password_form_locks_out_after_too_many_wrong_passwords(client, protected, language):
    page, restriction = protected
    url = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    form = {"return_url": f"/{language}/members/"}

    for _attempt in range(LIMIT - 1):
        assert client.post(url, {**form, "password": "wrong"}).status_code == 200

    assert client.post(url, {**form, "password": "wrong"}).status_code == 429
    after = client.post(url, {**form, "password": "open-sesame"})
    assert after.status_code == 429
    assert LOCKED_OUT[language] in after.content.decode()
    assert "open-sesame" not in after.content.decode()


def test_the_right_page_password_still_opens_the_page(client, protected):
    page, restriction = protected
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    client.post(url, {"return_url": "/en/members/", "password": "wrong"})

    response = client.post(url, {"return_url": "/en/members/", "password": "open-sesame"})

    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200
