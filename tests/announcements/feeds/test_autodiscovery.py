"""Every page's <head> advertises the feeds of its language."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.html import soup

from .conftest import CONTENT_TYPES

pytestmark = pytest.mark.django_db


def advertised(html_soup) -> dict[str, str]:
    return {link["type"]: link["href"] for link in html_soup.select('head link[rel="alternate"][type]')}


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("path", ["", "{notice}/", "faq/", "licenses/", "feeds/"])
def test_each_page_advertises_its_languages_feeds(client, notice, language, path):
    response = client.get(f"/{language}/{path.format(notice=notice.slug_en)}")

    links = advertised(soup(response))

    assert links == {
        "application/rss+xml": f"/{language}/feeds/rss/",
        "application/atom+xml": f"/{language}/feeds/atom/",
        "application/feed+json": f"/{language}/feeds/json/",
    }
    for content_type, href in links.items():
        feed = client.get(href)
        assert feed.status_code == 200
        assert (
            feed["Content-Type"]
            == CONTENT_TYPES[href.rstrip("/").rsplit("/", 1)[-1]]
            == f"{content_type}; charset=utf-8"
        )


def test_a_page_about_a_topic_also_advertises_the_topics_feeds(licensing_topic):
    with translation.override("ja"):
        html = render_to_string("includes/feed_links.html", {"topic": licensing_topic})

    links = soup(type("Response", (), {"content": f"<head>{html}</head>".encode()})).select("link")
    hrefs = [link["href"] for link in links]
    assert hrefs[3:] == [f"/ja/feeds/topics/licensing/{name}/" for name in ("rss", "atom", "json")]
    assert links[3]["title"] == "コミュニティのお知らせ：ライセンス（RSS）"


def test_the_feed_list_names_every_feed(client, notice):
    page = soup(client.get("/ja/feeds/"))

    hrefs = {a["href"] for a in page.select("main table a")}
    assert "/ja/feeds/json/" in hrefs
    assert "/ja/feeds/topics/models/atom/" in hrefs
    assert page.find(id="json-extension") is not None
