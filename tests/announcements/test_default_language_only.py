"""A notice may go out in English only when an editor says so, with a reason; Japanese
readers are then told the translation is on its way, and it is absent from their lists."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def english_only(**fields) -> AnnouncementPage:
    page = AnnouncementPageFactory(publish=False, title_en="Security fix", slug_en="security-fix", **fields)
    page.title_ja, page.summary_ja = "", ""
    body = page.body.raw_data
    for block in body:
        block["value"]["text_ja"] = ""
    page.body = body
    return page


def test_publishing_in_english_only_needs_the_box_and_a_reason(home_page):
    page = english_only()
    with pytest.raises(ValidationError) as refused:
        page.save_revision().publish()
    assert "title_ja" in refused.value.message_dict

    page.default_language_only = True
    with pytest.raises(ValidationError) as refused:
        page.save_revision().publish()
    assert list(refused.value.message_dict) == ["default_language_only_reason"]

    page.default_language_only_reason = "A security fix; the translation follows tomorrow."
    page.save_revision().publish()
    assert AnnouncementPage.objects.get(pk=page.pk).live


def test_japanese_readers_are_told_the_translation_is_on_its_way(client, home_page):
    page = english_only(default_language_only=True, default_language_only_reason="Urgent.")
    page.save_revision().publish()

    pending = soup(client.get("/ja/security-fix/"))
    english = soup(client.get("/en/security-fix/"))

    assert pending.html["lang"] == "ja"
    assert pending.h1.get_text(strip=True) == "翻訳は準備中です"
    link = pending.select_one('article a[href="/en/security-fix/"]')
    assert link.get_text(strip=True) == "Security fix" and link["lang"] == "en"
    assert pending.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert english.h1.get_text(strip=True) == "Security fix"
    assert english.find("meta", attrs={"name": "robots"}) is None


def test_an_english_only_notice_is_absent_from_japanese_lists_feeds_and_sitemap(
    client, home_page, as_committed, django_capture_on_commit_callbacks
):
    page = english_only(default_language_only=True, default_language_only_reason="Urgent.")
    as_committed()
    with django_capture_on_commit_callbacks(execute=True):  # publishing retires cached feeds
        page.save_revision().publish()

    assert "security-fix" not in client.get("/ja/").content.decode()
    assert "security-fix" not in client.get("/ja/feeds/rss/").content.decode()
    assert "security-fix" in client.get("/en/feeds/rss/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/security-fix/" in sitemap and "/ja/security-fix/" not in sitemap


def test_the_admin_publishes_in_english_only_when_asked(moderator_client, client, home_page):
    paragraph = {"text_en": rich_text("<p>Patched.</p>"), "text_ja": rich_text("")}
    data = {
        "title_en": "Security fix",
        "title_ja": "",
        "slug_en": "security-fix",
        "slug_ja": "",
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": "We patched a flaw.",
        "summary_ja": "",
        "default_language_only": "on",
        "default_language_only_reason": "Urgent; translation tomorrow.",
        "body": streamfield([("paragraph", paragraph)]),
        "updates": inline_formset([]),
        "action-publish": "publish",
    }

    response = moderator_client.post(
        f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/", nested_form_data(data)
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert client.get("/ja/security-fix/").status_code == 200
