"""A notice has one structure for both languages: the same concerns, in the same order,
citing the same clauses; only the words differ. And one address, unless an editor
deliberately gives the Japanese page its own."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.blocks import AnnouncementBodyBlock
from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from licenses.factories import LicenseVersionFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def soup_input(html: str, name: str):
    return BeautifulSoup(html, "html.parser").find("input", attrs={"name": name})


def citations(client, page, language: str) -> list[str]:
    """The clause each chip links to, in reading order, without the language prefix."""
    response = client.get(f"/{language}/{page.slug_en}/")
    return [a["href"].removeprefix(f"/{language}") for a in soup(response).select(".citation-link")]


def concern_titles(client, page, language: str) -> list[str]:
    response = client.get(f"/{language}/{page.slug_en}/")
    return [h3.get_text(" ", strip=True) for h3 in soup(response).select(".concern h3")]


def test_every_concern_block_holds_its_texts_in_both_languages_and_one_citation():
    for name in ("resolved_concern", "remaining_concern"):
        children = AnnouncementBodyBlock().child_blocks[name].child_blocks
        assert {"title_en", "title_ja", "kind", "citation"} <= set(children)
        assert "title" not in children and not any(child.startswith("citation_") for child in children)


def test_both_languages_of_a_notice_cite_the_same_clauses_in_the_same_order(client, home_page):
    version = LicenseVersionFactory(clauses=["derivative-works", "revocation", "deletion"])
    notice = AnnouncementPageFactory(resolved=2, remaining=2, remaining_uncited=1, cites=version)

    english, japanese = citations(client, notice, "en"), citations(client, notice, "ja")

    assert len(english) == 4
    assert english == japanese
    assert len(concern_titles(client, notice, "en")) == len(concern_titles(client, notice, "ja")) == 5


def test_the_seeded_notice_cites_the_same_clauses_in_both_languages(client, notice):
    assert citations(client, notice, "en") == citations(client, notice, "ja")
    assert citations(client, notice, "en")


def new_page_post(**fields) -> dict:
    body = streamfield(
        [("paragraph", {"text_en": rich_text("<p>Soon.</p>"), "text_ja": rich_text("<p>間もなく。</p>")})]
    )
    data = {
        "title_en": "Maintenance window",
        "title_ja": "メンテナンスのお知らせ",
        "slug_en": "maintenance-window",
        "slug_ja": "",
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": "Read-only for an hour.",
        "summary_ja": "1時間ほど読み取り専用になります。",
        "body": body,
        "updates": inline_formset([]),
        "action-publish": "publish",
    }
    return nested_form_data(data | fields)


def test_a_japanese_title_does_not_become_the_japanese_address(moderator_client, client, home_page):
    add_url = f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/"

    response = moderator_client.post(add_url, new_page_post())

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = AnnouncementPage.objects.get(slug_en="maintenance-window")
    assert client.get("/ja/maintenance-window/").status_code == 200
    assert page.get_url_parts()[2].isascii()


def test_the_editor_sees_no_link_between_the_japanese_title_and_its_slug(editor_client, home_page):
    page = AnnouncementPageFactory()

    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    title_ja = soup_input(html, "title_ja")
    title_en = soup_input(html, "title_en")
    assert "slug_en" in str(title_en.attrs)  # the English title still fills in the shared slug
    assert "slug_ja" not in str(title_ja.attrs)


def test_an_editor_may_still_give_the_japanese_page_its_own_address(moderator_client, client, home_page):
    add_url = f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/"

    response = moderator_client.post(add_url, new_page_post(slug_ja="mentenansu"))

    assert response.status_code == 302
    assert client.get("/ja/mentenansu/").status_code == 200
