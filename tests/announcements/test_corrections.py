"""Corrections after publication: the page's update history and its "last updated" date."""

import datetime
import json

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.factories import AnnouncementPageFactory, AnnouncementUpdateFactory, publish_correction
from announcements.models import AnnouncementPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page):
    return AnnouncementPageFactory()


def test_a_page_without_corrections_has_no_update_history(client, notice):
    page = soup(client.get(f"/en/{notice.slug_en}/"))

    assert page.find(id="updates") is None
    assert notice.last_updated is None and not notice.has_corrections


@pytest.mark.parametrize(
    ("language", "heading", "note"),
    [
        ("en", "Updates to this page", "Corrected the date of version 2."),
        ("ja", "このページの更新履歴", "第2版の日付を訂正しました。"),
    ],
)
def test_corrections_are_listed_newest_first_with_the_first_publication(client, notice, language, heading, note):
    publish_correction(
        notice, date=datetime.date(2030, 1, 2), note_en="Added a FAQ link.", note_ja="FAQへのリンクを追加しました。"
    )
    publish_correction(
        notice,
        date=datetime.date(2030, 2, 3),
        note_en="Corrected the date of version 2.",
        note_ja="第2版の日付を訂正しました。",
    )

    page = soup(client.get(f"/{language}/{notice.slug_en}/"))

    updates = page.find(id="updates")
    assert updates.h2.get_text(strip=True) == heading
    items = [li.get_text(" ", strip=True) for li in updates.select("li")]
    assert len(items) == 3 and note in items[0]
    assert page.select_one(".meta-updated time")["datetime"] == "2030-02-03"
    article = json.loads(page.find("script", type="application/ld+json").string)
    assert article["dateModified"] == "2030-02-03"
    assert AnnouncementPage.objects.get(pk=notice.pk).last_updated == datetime.date(2030, 2, 3)


def test_a_correction_in_an_unpublished_draft_is_not_shown(client, notice):
    page = AnnouncementPage.objects.get(pk=notice.pk)
    page.updates.add(AnnouncementUpdateFactory.build(date=datetime.date(2030, 1, 1)))
    page.save_revision()

    assert soup(client.get(f"/en/{notice.slug_en}/")).find(id="updates") is None


def publish_with_correction(client, notice, correction: dict):
    """Publish the notice from the admin's edit form with one correction row."""
    page = AnnouncementPage.objects.get(pk=notice.pk)
    data = nested_form_data(
        {
            "title_en": page.title_en,
            "title_ja": page.title_ja,
            "slug_en": page.slug_en,
            "slug_ja": page.slug_ja,
            "date": "2024-07-10",
            "date_precision": "day",
            "summary_en": page.summary_en,
            "summary_ja": page.summary_ja,
            "body": streamfield(
                [
                    (
                        "paragraph",
                        {"text_en": rich_text("<p>Corrected.</p>"), "text_ja": rich_text("<p>訂正しました。</p>")},
                    )
                ]
            ),
            "updates": inline_formset([correction]),
            "action-publish": "publish",
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_a_moderator_adds_a_correction_in_both_languages_in_the_admin(moderator_client, client, notice):
    response = publish_with_correction(
        moderator_client, notice, {"date": "2024-07-11", "note_en": "Fixed a typo.", "note_ja": "誤字を訂正しました。"}
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert "誤字を訂正しました。" in soup(client.get(f"/ja/{notice.slug_en}/")).find(id="updates").get_text()


def test_a_correction_without_its_japanese_note_is_refused(moderator_client, notice):
    response = publish_with_correction(
        moderator_client, notice, {"date": "2024-07-11", "note_en": "Fixed a typo.", "note_ja": ""}
    )

    assert response.status_code == 200
    assert AnnouncementPage.objects.get(pk=notice.pk).updates.count() == 0
