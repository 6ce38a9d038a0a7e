"""`make run` creates a first admin account that can use the admin straight away."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_the_first_admin_has_a_name_and_an_email_and_a_password_shown_once(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("ADMIN_USERNAME", "chief")
    out = StringIO()

    call_command("ensure_admin", stdout=out)

    user = get_user_model().objects.get(username="chief")
    assert user.is_superuser and user.email == "chief@localhost"
    assert (user.first_name, user.last_name) == ("Site", "Administrator")
    assert "Password (shown only now):" in out.getvalue()


def test_the_admin_can_change_the_admin_language_at_once(client, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "a-long-admin-password")
    call_command("ensure_admin", stdout=StringIO())
    admin = get_user_model().objects.get(username="admin")
    client.force_login(admin)
    # What the account page submits: the name and email it shows, and a new language.
    data = {
        "name_email-first_name": admin.first_name,
        "name_email-last_name": admin.last_name,
        "name_email-email": admin.email,
        "locale-preferred_language": "ja",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }

    response = client.post("/admin/account/", data)

    assert response.status_code == 302
    assert get_user_model().objects.get(username="admin").wagtail_userprofile.preferred_language == "ja"


def test_an_existing_admin_is_left_alone():
    get_user_model().objects.create_superuser("someone", "s@example.com", "x")

    call_command("ensure_admin", stdout=StringIO())

    assert get_user_model().objects.filter(is_superuser=True).count() == 1
