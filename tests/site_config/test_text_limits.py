"""One text's cost is bounded where it is saved: a text over its limit is refused on its
field with the limit in the message, in the editor's language, and nothing is saved."""

import json

import pytest
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import streamfield
from wagtail.users.models import UserProfile

from announcements.models import AnnouncementPage
from site_config.text_limits import RICH_TEXT_HTML_CHARACTERS, SUMMARY_CHARACTERS, rich_text_length
from tests.announcements.test_admin import announcement_post, paragraph

pytestmark = pytest.mark.django_db

# 60,000 "<" in the editor are 240,000 characters of stored HTML ("&lt;"), which once made
# publishing outlast a worker.
ANGLES = "<p>" + "&lt;" * 60_000 + "</p>"


@pytest.fixture
def add_url(home_page):
    return f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/"


def test_a_summary_over_its_limit_is_refused_with_the_limit(moderator_client, add_url):
    response = moderator_client.post(add_url, announcement_post(summary_ja="あ" * (SUMMARY_CHARACTERS + 1)))

    assert response.status_code == 200
    [message] = response.context["form"].errors["summary_ja"]
    assert str(SUMMARY_CHARACTERS) in message.replace(",", "")
    assert not AnnouncementPage.objects.filter(slug_en="maintenance").exists()


def test_a_paragraph_of_sixty_thousand_angle_brackets_is_refused_on_its_text(moderator_client, add_url):
    body = streamfield([("paragraph", paragraph(ANGLES, "<p>短い段落。</p>"))])

    response = moderator_client.post(add_url, announcement_post(body=body))

    assert response.status_code == 200
    error = response.context["form"].errors.as_data()["body"][0]
    [message] = error.block_errors[0].block_errors["text_en"].messages
    assert "too long" in message and str(RICH_TEXT_HTML_CHARACTERS) in message.replace(",", "")
    assert not AnnouncementPage.objects.filter(slug_en="maintenance").exists()


def test_a_paragraph_just_under_the_limit_is_saved(moderator_client, add_url):
    # Just under: the editor's HTML adds a little (each paragraph's data-block-key).
    text = "<p>" + "a" * (RICH_TEXT_HTML_CHARACTERS - 100) + "</p>"
    body = streamfield([("paragraph", paragraph(text, "<p>短い段落。</p>"))])

    response = moderator_client.post(add_url, announcement_post(body=body))

    assert response.status_code == 302
    assert AnnouncementPage.objects.get(slug_en="maintenance").live


def test_the_japanese_admin_says_it_in_japanese(moderator_client, add_url):
    user = get_user_model().objects.get(pk=moderator_client.session["_auth_user_id"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    body = streamfield([("paragraph", paragraph(ANGLES, "<p>短い段落。</p>"))])

    response = moderator_client.post(add_url, announcement_post(body=body))

    assert response.status_code == 200
    # StreamField errors travel to the editor as JSON, its non-ASCII characters escaped.
    assert json.dumps("このテキストは長すぎます")[1:-1] in response.content.decode()


def test_rich_text_is_counted_with_its_markup():
    assert rich_text_length().clean(RichText("<p>&lt;</p>")) == len("<p>&lt;</p>")
