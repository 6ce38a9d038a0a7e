"""The search page: results in the page's language, highlighted, with kind and date,
paged, and a helpful word when there is nothing to show."""

import pytest

from tests.html import soup

from .conftest import result_urls

pytestmark = pytest.mark.django_db

JAPANESE_WORDS_INSIDE_LONGER_WORDS = {
    # Written without spaces: each is found inside the texts that contain it.
    "派生": "/ja/licenses/stability-ai-sd3/v2/#derivative-works",
    "派生作品": "/ja/faq/#are-loras-on-sd3-outputs-derivative-works",
    "ライセンス": "/ja/faq/#can-the-license-be-revoked",
    "取り消し": "/ja/licenses/stability-ai-sd3/v2/#revocation",
    "エンタープライズ": "/ja/faq/#why-no-enterprise-license",
}


@pytest.mark.parametrize(("query", "expected"), JAPANESE_WORDS_INSIDE_LONGER_WORDS.items())
def test_japanese_words_are_found_inside_longer_words(client, indexed_seed, query, expected):
    response = client.get("/ja/search/", {"q": query})

    assert response.status_code == 200
    assert expected in result_urls(response)


def test_results_are_in_the_page_language_with_kind_date_and_highlight(client, indexed_seed):
    english = client.get("/en/search/", {"q": "revocation"}).content.decode()
    japanese = client.get("/ja/search/", {"q": "取り消し"}).content.decode()

    assert "<mark>Revocation</mark>" in english
    assert "License clause" in english and '<time datetime="2024-07-05">' in english
    assert "<mark>取り消し</mark>" in japanese
    assert "Revocation" not in japanese.split('class="search-results"')[1]


def test_full_width_and_half_width_queries_find_the_plain_texts(client, indexed_seed):
    assert "/ja/sd3-un-banned/" in result_urls(client.get("/ja/search/", {"q": "ＳＤ３"}))
    assert "/en/licenses/stability-ai-sd3/v2/#revocation" in result_urls(
        client.get("/en/search/", {"q": "ＲＥＶＯＣＡＴＩＯＮ"})
    )


def test_every_word_of_a_query_must_occur(client, indexed_seed):
    both = result_urls(client.get("/en/search/", {"q": "LoRAs revoked"}))
    assert both == []
    assert result_urls(client.get("/en/search/", {"q": "revoked"}))


def test_an_empty_search_explains_what_to_type(client, indexed_seed):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert "Type a word or two" in response.content.decode()


def test_a_search_with_no_results_suggests_what_to_try(client, indexed_seed):
    content = client.get("/en/search/", {"q": "xylophone"}).content.decode()

    assert "Nothing matched “xylophone”." in content
    assert 'href="/ja/search/?q=xylophone"' in content


def test_every_page_has_the_search_box_in_its_header(client, indexed_seed):
    for url in ("/en/", "/ja/", "/en/sd3-un-banned/", "/ja/faq/", "/en/licenses/", "/ja/search/?q=SD3"):
        content = client.get(url).content.decode()
        header = content.split("</header>")[0]
        assert 'role="search"' in header and 'name="q"' in header, url
        assert f'action="/{url[1:3]}/search/"' in header, url


def test_results_are_paged(client, indexed_seed):
    first = client.get("/ja/search/", {"q": "ライセンス"})
    second = client.get("/ja/search/", {"q": "ライセンス", "page": 2})

    assert first.context["page_obj"].paginator.count > 10
    assert len(result_urls(first)) == 10
    assert set(result_urls(first)).isdisjoint(result_urls(second))
    assert 'href="?q=%E3%83%A9%E3%82%A4%E3%82%BB%E3%83%B3%E3%82%B9&amp;page=2"' in first.content.decode()


def test_a_search_page_can_be_cached_and_revalidated(client, indexed_seed):
    response = client.get("/en/search/", {"q": "SD3"})
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]

    again = client.get("/en/search/", {"q": "SD3"}, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(("language", "query"), [("en", "6000"), ("en", "6,000"), ("ja", "4200万"), ("ja", "4,200万")])
def test_numbers_are_found_with_or_without_their_digit_grouping(client, indexed_seed, language, query):
    """The notice writes 6,000 and 4,200万; a reader may type them either way."""
    found = result_urls(client.get(f"/{language}/search/", {"q": query}))

    assert f"/{language}/sd3-un-banned/" in found


@pytest.mark.parametrize(
    ("path", "sentence"),
    [("/ja/search/", "英語のページを検索する"), ("/en/search/", "Search the Japanese pages instead")],
)
def test_a_search_with_no_results_names_the_other_language_in_the_readers_language(
    client, indexed_seed, path, sentence
):
    """In a sentence a language is named in the reader's language; only the language
    switcher uses each language's own name."""
    page = soup(client.get(path, {"q": "xylophone"}))
    link = next(a for a in page.select("main a") if sentence in a.get_text())

    assert not link.has_attr("lang")  # the sentence is in the page's language
