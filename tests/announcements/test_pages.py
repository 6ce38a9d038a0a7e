import pytest

from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db

EXPECTED = {
    "en": {"index_title": "Announcements", "faq_title": "Frequently asked questions", "ui": "Skip to main content"},
    "ja": {"index_title": "お知らせ", "faq_title": "よくある質問", "ui": "メインコンテンツへ移動"},
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_index_lists_the_notice_in_the_readers_language(client, notice, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == EXPECTED[language]["index_title"]
    links = [a.get_text(strip=True) for a in page.select(".announcement-list a")]
    assert links == [getattr(notice, f"title_{language}")]
    assert EXPECTED[language]["ui"] in visible_text(response)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_notice_reads_in_the_readers_language(client, notice, language):
    response = client.get(f"/{language}/{notice.slug_en}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == getattr(notice, f"title_{language}")
    text = visible_text(response)
    assert getattr(notice, f"summary_{language}") in text
    other = "ja" if language == "en" else "en"
    assert getattr(notice, f"summary_{other}") not in text
    assert len(page.select(".concern--resolved")) == 3
    assert len(page.select(".concern--remaining")) == 5


@pytest.mark.parametrize(("language", "other"), [("en", "ja"), ("ja", "en")])
def test_the_language_switcher_leads_to_the_same_page(client, notice, language, other):
    response = client.get(notice.get_url().replace("/en/", f"/{language}/", 1))
    switch = soup(response).select_one(f'.language-switcher a[hreflang="{other}"]')

    switched = client.get(switch["href"])

    assert switched.status_code == 200
    assert soup(switched).html["lang"] == other
    assert soup(switched).h1.get_text(strip=True) == getattr(notice, f"title_{other}")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_citation_links_to_an_existing_clause_anchor(client, notice, language):
    response = client.get(f"/{language}/{notice.slug_en}/")
    citations = [a["href"] for a in soup(response).select(".citation a")]

    assert citations
    for href in citations:
        path, _, anchor = href.partition("#")
        assert path.startswith(f"/{language}/licenses/")
        target = client.get(path)
        assert target.status_code == 200, href
        assert soup(target).find(id=anchor) is not None, href


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_faq_page_lists_every_question_with_an_anchor(client, language):
    from announcements.models import FAQ

    response = client.get(f"/{language}/faq/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == EXPECTED[language]["faq_title"]
    questions = {dt["id"]: dt.get_text(strip=True) for dt in page.select("dt[id]")}
    assert questions == {faq.slug: getattr(faq, f"question_{language}") for faq in FAQ.objects.all()}


def test_the_root_redirects_by_the_browsers_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5").url == "/ja/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8").url == "/en/"


@pytest.mark.parametrize(
    ("path", "language", "message"),
    [
        ("/ja/no-such-announcement/", "ja", "ページが見つかりません"),
        ("/en/no-such-announcement/", "en", "Page not found"),
        ("/ja/licenses/no-such-license/", "ja", "ページが見つかりません"),
        ("/ja/licenses/stability-ai-sd3/v99/", "ja", "ページが見つかりません"),
    ],
)
def test_unknown_addresses_give_a_localized_404(client, path, language, message):
    response = client.get(path)

    assert response.status_code == 404
    assert soup(response).html["lang"] == language
    assert message in visible_text(response)


def test_an_unknown_language_prefix_is_a_404_not_an_error(client):
    response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)

    assert response.status_code == 404
    assert response.redirect_chain == [("/ja/fr/", 302)]
    assert "ページが見つかりません" in visible_text(response)


def test_a_draft_announcement_is_not_listed(client, notice):
    notice.unpublish()

    response = client.get("/en/")

    assert notice.title_en not in visible_text(response)
    assert client.get(f"/en/{notice.slug_en}/").status_code == 404
