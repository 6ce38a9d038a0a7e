"""Translation status as a column and a filter in the announcement and FAQ listings."""

import pytest

from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.models import FAQ, AnnouncementPage
from site_config.translation_status.models import TranslationWork
from tests.html import soup

pytestmark = pytest.mark.django_db

ANNOUNCEMENTS = "/admin/announcements/"
FAQS = "/admin/snippets/announcements/faq/"


def edit(item, **changes):
    """Save a new revision with ``changes``, as "Save draft" does."""
    draft = type(item).objects.get(pk=item.pk).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision()
    return draft


def listed_titles(client, url, **filters) -> list[str]:
    response = client.get(url, filters)
    assert response.status_code == 200
    return [
        link.get_text(strip=True)
        for link in soup(response).select("table.listing tbody td.title a, table.listing tbody td:first-child a")
    ]


@pytest.fixture
def three_announcements(home_page):
    current = AnnouncementPageFactory(title_en="All translated")
    stale = AnnouncementPageFactory(title_en="Japanese stale")
    edit(stale, summary_en="The English summary was rewritten.")
    missing = AnnouncementPageFactory(title_en="Japanese missing", publish=False)
    edit(missing, summary_ja="")
    return current, stale, missing


def test_saving_records_each_languages_work(three_announcements):
    current, stale, missing = three_announcements

    def work(page):
        return dict(TranslationWork.objects.filter(object_id=page.pk).values_list("language", "status"))

    assert work(current) == {}
    assert work(stale) == {"ja": "out_of_date"}
    assert work(missing) == {"ja": "missing"}


def test_the_announcement_listing_filters_by_translation_need(superuser_client, three_announcements):
    def titles(value):
        return " ".join(listed_titles(superuser_client, ANNOUNCEMENTS, translation=value))

    needs_japanese = titles("needs:ja")
    assert "Japanese stale" in needs_japanese and "Japanese missing" in needs_japanese
    assert "All translated" not in needs_japanese

    out_of_date = titles("out_of_date:ja")
    assert "Japanese stale" in out_of_date
    assert "Japanese missing" not in out_of_date and "All translated" not in out_of_date

    assert titles("needs:en") == ""


def test_the_announcement_listing_shows_each_languages_status(superuser_client, three_announcements):
    response = superuser_client.get(ANNOUNCEMENTS)

    rows = {
        row.select_one("a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in soup(response).select("table.listing tbody tr")
    }
    row = next(text for title, text in rows.items() if "Japanese stale" in title)
    assert "out of date" in row
    row = next(text for title, text in rows.items() if "Japanese missing" in title)
    assert "missing" in row
    filters = soup(response).get_text(" ")
    assert "Needs Japanese" in filters and "Japanese out of date" in filters


def test_the_faq_listing_filters_by_translation_need(superuser_client, home_page):
    fresh = FAQFactory(question_en="Still current?")
    stale = FAQFactory(question_en="Reworded?")
    fresh.save_revision()
    stale.save_revision()
    edit(stale, question_en="Reworded in English only?")

    assert dict(
        TranslationWork.objects.filter(object_id=stale.pk, content_type__model="faq").values_list("language", "status")
    ) == {"ja": "out_of_date"}
    response = superuser_client.get(FAQS, {"translation": "out_of_date:ja"})
    text = soup(response).select_one("table.listing").get_text(" ", strip=True)
    # The listing shows the live question; the draft's English edit is what made the Japanese stale.
    assert FAQ.objects.get(pk=stale.pk).question_en in text
    assert "Still current?" not in text
    assert "out of date" in text


def test_pages_and_faqs_with_the_same_id_do_not_share_status(home_page):
    page = AnnouncementPageFactory()
    faq = FAQ.objects.create(
        pk=page.pk,
        question_en="Q?",
        question_ja="質問？",
        answer_en="<p>A.</p>",
        answer_ja="<p>答え。</p>",
        topic=FAQFactory().topic,
        slug="same-id",
    )
    edit(page, summary_en="Changed.")
    faq.save_revision()

    assert TranslationWork.ids_needing(AnnouncementPage, language="ja").count() == 1
    assert TranslationWork.ids_needing(FAQ, language="ja").count() == 0


def test_the_translation_report_lists_faqs_beside_pages(superuser_client, three_announcements):
    faq = FAQFactory(question_en="Reworded?")
    faq.save_revision()
    edit(faq, answer_en="<p>A new English answer.</p>")

    response = superuser_client.get("/admin/reports/translations/", {"language": "ja"})

    links = {a.get_text(strip=True): a["href"] for a in soup(response).select("table.listing tbody td a")}
    assert links["Reworded?"] == f"/admin/snippets/announcements/faq/edit/{faq.pk}/"
    assert any("Japanese stale" in title for title in links)
    assert "All translated" not in " ".join(links)


def test_the_faq_edit_view_shows_what_needs_translating(superuser_client, home_page):
    faq = FAQFactory(question_en="Reworded?")
    faq.save_revision()
    edit(faq, question_en="Reworded again?")

    response = superuser_client.get(f"/admin/snippets/announcements/faq/edit/{faq.pk}/")

    panel = soup(response).get_text(" ", strip=True)
    assert "Translation status" in panel and "Translations checked" in panel
    assert "out of date" in panel


def test_an_optional_text_left_out_in_every_language_is_no_work(home_page):
    page = AnnouncementPageFactory(resolved=1)
    draft = AnnouncementPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    body = draft.body.raw_data
    resolved = next(block for block in body if block["type"] == "resolved_concern")
    resolved["value"]["previously_en"] = resolved["value"]["previously_ja"] = ""

    edit(page, body=body)

    assert not TranslationWork.objects.filter(object_id=page.pk).exists()


def test_a_language_with_missing_and_out_of_date_texts_is_found_by_both_filters(superuser_client, home_page):
    page = AnnouncementPageFactory(title_en="Both kinds")
    edit(page, summary_en="Rewritten in English.", title_ja="")

    assert set(TranslationWork.objects.filter(object_id=page.pk).values_list("status", flat=True)) == {
        "missing",
        "out_of_date",
    }
    for value in ("needs:ja", "out_of_date:ja"):
        assert "Both kinds" in " ".join(listed_titles(superuser_client, ANNOUNCEMENTS, translation=value))
