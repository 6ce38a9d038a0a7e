"""What search engines and link previews read: canonical, hreflang, Open Graph, JSON-LD."""

import json
import re

import pytest

from site_config.seo import plain_description
from tests.html import soup

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


def head_links(page) -> list[tuple[str, str]]:
    """Every hreflang link: search engines take each as a language version of the page
    (a feed link with hreflang would claim to be one), and want an absolute address."""
    return [(link["hreflang"], link["href"]) for link in page.select('link[rel="alternate"][hreflang]')]


def meta(page, name) -> str:
    tag = page.find("meta", attrs={"property": name}) or page.find("meta", attrs={"name": name})
    return tag["content"]


def json_ld(page) -> dict:
    return json.loads(page.find("script", type="application/ld+json").string)


@pytest.mark.parametrize("page_type", ["home", "announcement", "faq", "licenses", "license", "version 2", "comparison"])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_page_type_names_its_canonical_url_and_both_languages(client, public_paths, page_type, language):
    path = public_paths[page_type]

    page = soup(client.get(f"/{language}{path}"))

    assert page.find("link", rel="canonical")["href"] == f"{BASE}/{language}{path}"
    assert head_links(page) == [("en", f"{BASE}/en{path}"), ("ja", f"{BASE}/ja{path}"), ("x-default", f"{BASE}{path}")]
    assert meta(page, "og:url") == f"{BASE}/{language}{path}"
    assert meta(page, "og:locale") == {"en": "en_US", "ja": "ja_JP"}[language]
    assert meta(page, "twitter:card") == "summary"
    assert meta(page, "og:title") and meta(page, "description")


def test_the_x_default_address_sends_each_reader_to_their_language(client, notice):
    path = f"/{notice.slug_en}/"

    assert client.get(path, HTTP_ACCEPT_LANGUAGE="ja").url == f"/ja{path}"
    assert client.get(path, HTTP_ACCEPT_LANGUAGE="en-US").url == f"/en{path}"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_announcement_is_a_news_article_in_its_language(client, notice, language):
    page = soup(client.get(f"/{language}/{notice.slug_en}/"))

    article = json_ld(page)
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == getattr(notice, f"title_{language}") == meta(page, "og:title")
    assert article["inLanguage"] == language
    assert article["datePublished"] == "2024-07"  # the notice is dated to the month, not the day
    assert article["url"] == f"{BASE}/{language}/{notice.slug_en}/"
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:description") == plain_description(getattr(notice, f"summary_{language}"))


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_faq_page_lists_every_question_as_structured_data(client, public_paths, faqs, language):
    data = json_ld(soup(client.get(f"/{language}{public_paths['faq']}")))

    assert data["@type"] == "FAQPage"
    questions = {item["name"] for item in data["mainEntity"]}
    assert questions == {getattr(faq, f"question_{language}") for faq in faqs}
    assert all(
        item["acceptedAnswer"]["text"] and "<" not in item["acceptedAnswer"]["text"] for item in data["mainEntity"]
    )


def test_json_ld_cannot_close_its_script_element(client, notice):
    notice.title_en = notice.title_ja = "Beware </script><script>alert(1)</script> & more"
    notice.save_revision().publish()

    html = client.get(f"/en/{notice.slug_en}/").content.decode()

    script = re.split(r'<script type="application/ld\+json"[^>]*>', html, maxsplit=1)[1].split("</script>", 1)[0]
    assert json.loads(script)["headline"] == "Beware </script><script>alert(1)</script> & more"


def test_tracking_parameters_are_not_part_of_the_canonical_url(client, notice):
    page = soup(client.get(f"/en/{notice.slug_en}/?utm_source=feed"))

    assert page.find("link", rel="canonical")["href"] == f"{BASE}/en/{notice.slug_en}/"


def test_a_topic_listing_is_its_own_canonical_page(client, notice):
    page = soup(client.get("/ja/?topic=licensing&utm_source=x"))

    assert page.find("link", rel="canonical")["href"] == f"{BASE}/ja/?topic=licensing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short enough.", "Short enough."),
        ("word " * 60, ("word " * 39).strip() + "…"),
        ("あ" * 150 + "、" + "い" * 120, "あ" * 150 + "…"),
        ("あ" * 300, "あ" * 199 + "…"),  # one unbroken run: cut where it must be
    ],
)
def test_a_description_is_cut_between_words(text, expected):
    assert plain_description(text) == expected
    assert len(plain_description(text)) <= 200
