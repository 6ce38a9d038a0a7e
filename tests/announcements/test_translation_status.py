"""Editors see which translations are missing or out of date: in the edit view and in a report."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.admin_views import items_needing_translation
from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from site_config.translation_status.freshness import Freshness
from site_config.translation_status.texts import translation_work
from tests.html import soup

pytestmark = pytest.mark.django_db


def latest(page) -> AnnouncementPage:
    return AnnouncementPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def edit(page, **changes) -> AnnouncementPage:
    """Save a new revision with ``changes``, as the admin's "Save draft" does."""
    draft = latest(page)
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision()
    return latest(page)


def statuses(page) -> dict[str, dict[str, str]]:
    return {text.key: dict(found) for text, found in translation_work(page)}


def test_a_page_written_in_both_languages_needs_no_work(home_page):
    page = AnnouncementPageFactory(resolved=1)

    assert statuses(latest(page)) == {}


def test_editing_the_english_summary_leaves_the_japanese_out_of_date_until_it_is_edited(home_page):
    page = AnnouncementPageFactory()

    draft = edit(page, summary_en="A corrected summary.")
    assert statuses(draft) == {"summary": {"ja": Freshness.OUT_OF_DATE}}

    draft = edit(page, summary_ja="訂正した要約です。")
    assert statuses(draft) == {}


def test_a_block_text_edited_in_one_language_is_named_in_the_status(home_page):
    page = AnnouncementPageFactory(resolved=1)
    draft = latest(page)
    body = draft.body.raw_data
    body[1]["value"]["title_en"] = "Derivative works, reworded"

    draft = edit(page, body=body)

    [(text, found)] = translation_work(draft)
    assert text.key == f"body.{body[1]['id']}.title"
    assert "Resolved concern" in text.label and "Derivative works, reworded" in text.label
    assert found == {"ja": Freshness.OUT_OF_DATE}


def test_a_missing_translation_in_a_draft_is_reported(home_page):
    page = AnnouncementPageFactory()

    draft = edit(page, summary_ja="")

    assert statuses(draft) == {"summary": {"ja": Freshness.MISSING}}


def test_the_edit_view_and_the_report_show_the_work_left(superuser_client, home_page):
    page = AnnouncementPageFactory(title_en="Maintenance")
    edit(page, summary_en="A corrected summary.")

    edit_view = soup(superuser_client.get(f"/admin/pages/{page.pk}/edit/"))
    report = soup(superuser_client.get("/admin/reports/translations/?language=ja"))
    english_only = soup(superuser_client.get("/admin/reports/translations/?language=en"))

    status = edit_view.select_one("[data-translation-status]")
    assert status.select_one('[data-language="ja"][data-status="out_of_date"]') is not None
    assert "Summary" in status.get_text()
    assert report.find("a", href=f"/admin/pages/{page.pk}/edit/").get_text(strip=True) == "Maintenance"
    assert report.select_one('[data-language="ja"][data-status="out_of_date"]') is not None
    assert english_only.find("a", href=f"/admin/pages/{page.pk}/edit/") is None


def test_the_report_is_empty_when_every_translation_is_up_to_date(superuser_client, home_page):
    AnnouncementPageFactory()

    assert items_needing_translation() == []
    assert "Nothing to translate" in superuser_client.get("/admin/reports/translations/").content.decode()


def test_a_page_saved_before_status_was_recorded_flags_the_other_language_on_its_first_edit(home_page):
    page = AnnouncementPageFactory()
    AnnouncementPage.objects.filter(pk=page.pk).update(translation_sources={})  # as migrated databases have it
    page.latest_revision.content["translation_sources"] = {}
    page.latest_revision.save(update_fields=["content"])

    live = AnnouncementPage.objects.get(pk=page.pk)  # no unpublished changes: the live page is edited
    live.summary_en = "A corrected summary."
    live.save_revision()

    assert statuses(latest(page)) == {"summary": {"ja": Freshness.OUT_OF_DATE}}


def test_the_report_is_titled_in_its_header(superuser_client, home_page):
    header = soup(superuser_client.get("/admin/reports/translations/")).select_one("header")

    assert "Translations to check" in header.get_text()


def edit_form(page, **fields) -> dict:
    paragraph = {"text_en": rich_text("<p>Body.</p>"), "text_ja": rich_text("<p>本文です。</p>")}
    data = {
        "title_en": page.title_en,
        "title_ja": page.title_ja,
        "slug_en": page.slug_en,
        "slug_ja": page.slug_ja,
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": page.summary_en,
        "summary_ja": page.summary_ja,
        "body": streamfield([("paragraph", paragraph)]),
        "updates": inline_formset([]),
    }
    return nested_form_data(data | fields)


def test_an_editor_confirms_that_the_japanese_still_says_the_same(superuser_client, home_page):
    page = AnnouncementPageFactory()
    edit_url = f"/admin/pages/{page.pk}/edit/"
    superuser_client.post(edit_url, edit_form(page))  # the body as the form writes it

    superuser_client.post(edit_url, edit_form(page, summary_en="Same meaning, new words."))
    assert statuses(latest(page)) == {"summary": {"ja": Freshness.OUT_OF_DATE}}

    checked = edit_form(latest(page)) | {"translations_checked": ["ja"]}  # one checkbox ticked
    response = superuser_client.post(edit_url, checked)

    assert response.status_code == 302
    assert statuses(latest(page)) == {}
    assert latest(page).summary_ja == page.summary_ja  # confirmed, not rewritten


def test_publishing_with_a_language_out_of_date_asks_for_confirmation(superuser_client, home_page):
    page = AnnouncementPageFactory(summary_en="The old summary.")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    superuser_client.post(edit_url, edit_form(page))  # the body as the form writes it

    response = superuser_client.post(
        edit_url, edit_form(page, summary_en="A new English summary.") | {"action-publish": "publish"}
    )

    assert response.status_code == 200  # the form again, with the question
    errors = response.context["form"].errors["translations_checked"]
    assert "Japanese" in errors[0] and "Summary" in errors[0]
    assert AnnouncementPage.objects.get(pk=page.pk).summary_en == "The old summary."

    confirmed = edit_form(page, summary_en="A new English summary.") | {
        "action-publish": "publish",
        "translations_checked": ["ja"],
    }
    response = superuser_client.post(edit_url, confirmed)

    assert response.status_code == 302
    published = AnnouncementPage.objects.get(pk=page.pk)
    assert published.summary_en == "A new English summary."
    assert statuses(latest(page)) == {}


def test_publishing_needs_no_confirmation_when_both_languages_were_updated(superuser_client, home_page):
    page = AnnouncementPageFactory()
    edit_url = f"/admin/pages/{page.pk}/edit/"
    superuser_client.post(edit_url, edit_form(page))
    superuser_client.post(edit_url, edit_form(page, summary_en="Reworded."))  # a draft: no question asked

    both = edit_form(page, summary_en="Reworded.", summary_ja="言い換えました。") | {"action-publish": "publish"}
    response = superuser_client.post(edit_url, both)

    assert response.status_code == 302
    assert AnnouncementPage.objects.get(pk=page.pk).summary_ja == "言い換えました。"
