"""Reading the site: the list, an announcement and the FAQ page in the reader's language, and 404s."""

import pytest

from announcements.factories import (
    AnnouncementIndexPageFactory,
    AnnouncementPageFactory,
    FAQFactory,
    FAQPageFactory,
)
from announcements.models import FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage
from licenses.factories import LicenseVersionFactory
from licenses.models import License
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db

SKIP_LINK = {"en": "Skip to main content", "ja": "メインコンテンツへ移動"}


@pytest.fixture(scope="module")
def shared_site(module_data):
    """Shared by the module's tests: the home page, one announcement with two resolved
    concerns and one remaining citing a license's clauses, and the FAQ page with three questions."""
    with module_data.build():
        AnnouncementIndexPageFactory.as_home_page()
        version = LicenseVersionFactory(clauses=["derivative-works", "revocation"])
        AnnouncementPageFactory(resolved=2, remaining=1, cites=version)
        FAQPageFactory()
        FAQFactory.create_batch(3)


@pytest.fixture
def home_page(shared_site, db):
    return AnnouncementIndexPage.objects.get()


@pytest.fixture
def notice(shared_site, db):
    return AnnouncementPage.objects.get()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_index_lists_the_notice_in_the_readers_language(client, home_page, notice, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == getattr(home_page, f"title_{language}")
    links = [a.get_text(strip=True) for a in page.select(".announcement-list a")]
    assert links == [getattr(notice, f"title_{language}")]
    assert SKIP_LINK[language] in visible_text(response)


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
    assert len(page.select(".concern--resolved")) == 2
    assert len(page.select(".concern--remaining")) == 1


@pytest.mark.parametrize(("language", "other"), [("en", "ja"), ("ja", "en")])
def test_the_language_switcher_leads_to_the_same_page(client, notice, language, other):
    response = client.get(f"/{language}/{notice.slug_en}/")
    switch = soup(response).select_one(f'.language-switcher a[hreflang="{other}"]')

    switched = client.get(switch["href"])

    assert switched.status_code == 200
    assert soup(switched).html["lang"] == other
    assert soup(switched).h1.get_text(strip=True) == getattr(notice, f"title_{other}")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_citation_links_to_an_existing_clause_anchor(client, notice, language):
    response = client.get(f"/{language}/{notice.slug_en}/")
    citations = [a["href"] for a in soup(response).select(".citation a")]

    assert len(citations) == 3
    for href in citations:
        path, _, anchor = href.partition("#")
        assert path.startswith(f"/{language}/licenses/")
        target = client.get(path)
        assert target.status_code == 200, href
        assert soup(target).find(id=anchor) is not None, href


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_faq_page_lists_every_question_with_an_anchor(client, shared_site, language):
    faq_page, faqs = FAQPage.objects.get(), FAQ.objects.all()

    response = client.get(f"/{language}/{faq_page.slug_en}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == getattr(faq_page, f"title_{language}")
    questions = {dt["id"]: dt.get_text(strip=True) for dt in page.select("dt[id]")}
    assert questions == {faq.slug: getattr(faq, f"question_{language}") for faq in faqs}


def test_the_root_redirects_by_the_browsers_language(client, shared_site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5").url == "/ja/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8").url == "/en/"


@pytest.mark.parametrize(
    ("path", "language", "message"),
    [
        ("/ja/no-such-announcement/", "ja", "ページが見つかりません"),
        ("/en/no-such-announcement/", "en", "Page not found"),
        ("/ja/licenses/no-such-license/", "ja", "ページが見つかりません"),
        ("/ja/licenses/{license}/v99/", "ja", "ページが見つかりません"),
    ],
)
def test_unknown_addresses_give_a_localized_404(client, shared_site, path, language, message):
    response = client.get(path.format(license=License.objects.get().slug))

    assert response.status_code == 404
    assert soup(response).html["lang"] == language
    assert message in visible_text(response)


def test_an_unknown_language_prefix_is_a_404_not_an_error(client, shared_site):
    response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)

    assert response.status_code == 404
    assert response.redirect_chain == [("/ja/fr/", 302)]
    assert "ページが見つかりません" in visible_text(response)


def test_a_draft_announcement_is_not_listed(client, notice):
    notice.unpublish()

    response = client.get("/en/")

    assert notice.title_en not in visible_text(response)
    assert client.get(f"/en/{notice.slug_en}/").status_code == 404
