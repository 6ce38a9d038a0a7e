"""Editors preview a page in each language, drafts included (Wagtail preview modes)."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_every_page_type_offers_a_preview_per_language():
    assert AnnouncementPage().preview_modes == [("en", "English"), ("ja", "日本語")]


@pytest.mark.parametrize(("mode", "title", "heading"), [("en", "title_en", "In brief"), ("ja", "title_ja", "概要")])
def test_a_draft_previews_in_the_chosen_language(home_page, mode, title, heading):
    draft = AnnouncementPageFactory(publish=False)

    response = draft.make_preview_request(preview_mode=mode)

    page = soup(response)
    assert response.status_code == 200
    assert page.html["lang"] == mode
    assert page.h1.get_text(strip=True) == getattr(draft, title)
    assert heading in page.get_text()
    # A draft has no live address to switch to: the preview offers no language links.
    assert page.select(".language-switcher") == []


def test_the_admin_previews_an_unsaved_edit_in_japanese(superuser_client, home_page):
    page = AnnouncementPageFactory()
    paragraph = {"text_en": rich_text("<p>Draft.</p>"), "text_ja": rich_text("<p>下書きです。</p>")}
    edit = {
        "title_en": "Edited title",
        "title_ja": "編集したタイトル",
        "slug_en": page.slug_en,
        "slug_ja": page.slug_ja,
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": "Edited summary.",
        "summary_ja": "編集した要約です。",
        "body": streamfield([("paragraph", paragraph)]),
        "updates": inline_formset([]),
    }
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"

    stored = superuser_client.post(preview_url, nested_form_data(edit))
    response = superuser_client.get(f"{preview_url}?mode=ja")

    assert stored.json()["is_valid"] is True
    assert soup(response).html["lang"] == "ja"
    assert soup(response).h1.get_text(strip=True) == "編集したタイトル"
    assert "下書きです。" in soup(response).get_text()


@pytest.mark.parametrize("mode", ["en", "ja"])
def test_a_new_page_previews_before_it_is_first_saved(superuser_client, home_page, mode):
    paragraph = {"text_en": rich_text("<p>New.</p>"), "text_ja": rich_text("<p>新しい本文です。</p>")}
    new = {
        "title_en": "A new notice",
        "title_ja": "新しいお知らせ",
        "slug_en": "a-new-notice",
        "slug_ja": "",
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": "New summary.",
        "summary_ja": "新しい要約です。",
        "body": streamfield([("paragraph", paragraph)]),
        "updates": inline_formset([]),
    }
    preview_url = f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/preview/"

    stored = superuser_client.post(preview_url, nested_form_data(new))
    response = superuser_client.get(f"{preview_url}?mode={mode}")

    assert stored.json()["is_valid"] is True
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == {"en": "A new notice", "ja": "新しいお知らせ"}[mode]
