"""A notice restricted to logged-in members is readable by them: Wagtail sends a reader to
/<language>/_util/login/, which once answered 404 (the page catch-all matched it first)."""

import pytest
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-member-password"


@pytest.fixture
def members_only(home_page, django_user_model):
    notice = AnnouncementPageFactory(title_en="For members", title_ja="会員向け")
    PageViewRestriction.objects.create(page=notice, restriction_type=PageViewRestriction.LOGIN)
    django_user_model.objects.create_user("member", "member@example.com", PASSWORD)
    return notice


@pytest.mark.parametrize(("language", "heading"), [("en", "Log in to read this page"), ("ja", "ログイン")])
def test_a_reader_is_sent_to_a_login_page_in_their_language(client, members_only, language, heading):
    page = f"/{language}/{members_only.slug_en}/"

    sent = client.get(page)
    login = client.get(sent["Location"])

    assert sent.status_code == 302 and sent["Location"].startswith(f"/{language}/_util/login/?next=")
    assert login.status_code == 200
    html = login.content.decode()
    assert heading in html and 'name="robots" content="noindex"' in html
    assert "no-cache" in login["Cache-Control"] or "private" in login["Cache-Control"]


def test_a_member_logs_in_and_reads_the_page(client, members_only):
    page = f"/en/{members_only.slug_en}/"
    login_url = client.get(page)["Location"]

    refused = client.post(login_url, {"username": "member", "password": "wrong", "next": page})
    assert refused.status_code == 200 and "do not match" in refused.content.decode()

    logged_in = client.post(login_url, {"username": "member", "password": PASSWORD, "next": page})
    assert (logged_in.status_code, logged_in["Location"]) == (302, page)
    read = client.get(page)
    assert read.status_code == 200 and "For members" in read.content.decode()
    assert "private" in read["Cache-Control"]
