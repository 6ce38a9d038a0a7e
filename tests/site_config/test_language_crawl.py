"""Crawls every public page in one language and fails on interface text in the other.

On /ja/ no English word may appear except proper nouns and quoted names listed
below; on /en/ no Japanese character may appear. Text inside an element marked
with another ``lang`` (the language switcher's "English" / "日本語") is the other
language on purpose and is skipped.

The crawl reads the site as published (the SD3 seed): its proper nouns are the ones
allowed below, and its Japanese is the text readers really get.
"""

import re
from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

# Proper nouns and names that stay in Latin script in Japanese text (see the glossary).
LATIN_ALLOWED_IN_JAPANESE = {
    "SD3", "Stable", "Diffusion", "Medium", "Stability", "AI", "CEO", "LoRA", "Buzz", "AuraFlow", "Apache",
    "Open", "Model", "Initiative", "OMI", "URL", "RSS", "Atom", "JSON", "Feed",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’]*")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]+")
MAX_PAGES = 200


def text_in_page_language(html: bytes, language: str) -> str:
    document = BeautifulSoup(html.decode(), "html.parser")
    for hidden in document(["script", "style", "head"]):
        hidden.decompose()
    for element in document.select("[lang]"):
        if element.name != "html" and element.get("lang") != language:
            element.decompose()
    # The title and alt texts are read aloud and shown in tabs and search results.
    title = BeautifulSoup(html.decode(), "html.parser").title
    extra = [title.get_text()] if title else []
    extra += [tag.get(attr, "") for attr in ("alt", "aria-label", "title") for tag in document.select(f"[{attr}]")]
    return " ".join([document.get_text(" "), *extra])


def crawl(client, language: str) -> dict[str, bytes]:
    """Every page reachable from /<language>/ by links that stay in that language."""
    prefix = f"/{language}/"
    queue, seen, pages = deque([prefix, f"{prefix}no-such-page/"]), set(), {}
    while queue and len(pages) < MAX_PAGES:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code in (200, 404), f"{path}: {response.status_code}"
        pages[path] = response.content
        for anchor in BeautifulSoup(response.content.decode(), "html.parser").select("a[href]"):
            href = urldefrag(anchor["href"])[0]
            if href.startswith(("?", ".")):
                href = urlsplit(path).path + ("" if href == "." else href)
            if href.startswith(prefix) and href not in seen:
                queue.append(href)
    return pages


def test_no_english_interface_text_on_japanese_pages(client, sd3_seed):
    pages = crawl(client, "ja")

    assert len(pages) >= 10
    english = {
        path: sorted(set(LATIN_WORD.findall(text_in_page_language(html, "ja"))) - LATIN_ALLOWED_IN_JAPANESE)
        for path, html in pages.items()
    }
    assert {path: words for path, words in english.items() if words} == {}


def test_no_japanese_text_on_english_pages(client, sd3_seed):
    pages = crawl(client, "en")

    assert len(pages) >= 10
    japanese = {path: sorted(set(JAPANESE.findall(text_in_page_language(html, "en")))) for path, html in pages.items()}
    assert {path: found for path, found in japanese.items() if found} == {}
