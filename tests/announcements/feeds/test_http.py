"""HTTP as feed readers use it: content types, conditional GET, cache headers, errors."""

import datetime

import pytest
from django.utils.http import http_date

from announcements.cache_keys import bump_content_generation
from announcements.factories import TopicFactory
from announcements.models import AnnouncementPage
from tests.html import visible_text

from .conftest import CONTENT_TYPES, FORMATS

pytestmark = pytest.mark.django_db

URLS = [f"/{language}/feeds/{name}/" for language in ("en", "ja") for name in FORMATS] + [
    f"/ja/feeds/topics/licensing/{name}/" for name in FORMATS
]


@pytest.mark.parametrize("url", URLS)
def test_feeds_are_served_with_their_type_validators_and_cache_control(client, notice, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == CONTENT_TYPES[url.rstrip("/").rsplit("/", 1)[-1]]
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert response["Last-Modified"] == http_date(notice.last_published_at.timestamp())
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize("name", FORMATS)
def test_a_readers_current_copy_gets_304(client, notice, name):
    first = client.get(f"/en/feeds/{name}/")

    by_etag = client.get(f"/en/feeds/{name}/", headers={"if-none-match": first["ETag"]})
    by_weak_etag = client.get(f"/en/feeds/{name}/", headers={"if-none-match": f"W/{first['ETag']}"})
    by_date = client.get(f"/en/feeds/{name}/", headers={"if-modified-since": first["Last-Modified"]})

    for response in (by_etag, by_weak_etag, by_date):
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == first["ETag"]
        assert response["Cache-Control"] == "public, max-age=300"


def test_an_older_copy_gets_the_feed(client, notice):
    first = client.get("/en/feeds/atom/")

    stale_etag = client.get("/en/feeds/atom/", headers={"if-none-match": '"an-old-etag"'})
    older = client.get("/en/feeds/atom/", headers={"if-modified-since": "Mon, 01 Jan 2001 00:00:00 GMT"})

    assert stale_etag.status_code == older.status_code == 200
    assert stale_etag.content == older.content == first.content


@pytest.mark.parametrize(
    "headers",
    [
        {"if-none-match": "no quotes at all"},
        {"if-none-match": '"unterminated'},
        {"if-modified-since": "yesterday"},
        {"if-modified-since": "Mon, 99 Foo 2024 99:99:99 GMT"},
        {"if-modified-since": "9" * 400},
        {"if-match": "garbage"},
        {"if-unmodified-since": "not a date"},
    ],
)
def test_malformed_validators_are_ignored(client, notice, headers):
    response = client.get("/ja/feeds/rss/", headers=headers)

    assert response.status_code == 200
    assert notice.title_ja in response.content.decode()


def test_head_answers_like_get_without_a_body(client, notice):
    get = client.get("/en/feeds/json/")
    head = client.head("/en/feeds/json/")

    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    assert head.content == b""


def test_a_feed_refuses_post(client, notice):
    assert client.post("/en/feeds/rss/").status_code == 405


@pytest.mark.parametrize(("language", "message"), [("ja", "ページが見つかりません"), ("en", "Page not found")])
def test_an_unknown_topic_is_a_localized_404(client, notice, language, message):
    response = client.get(f"/{language}/feeds/topics/no-such-topic/atom/")

    assert response.status_code == 404
    assert message in visible_text(response)


@pytest.mark.parametrize("query", [{"page": "abc"}, {"page": "7"}, {"utm_source": "reader"}])
def test_rss_and_atom_redirect_a_query_to_their_one_url(client, notice, query):
    for name in ("rss", "atom"):
        response = client.get(f"/en/feeds/{name}/", query)

        assert response.status_code == 301
        assert response["Location"] == f"/en/feeds/{name}/"


@pytest.mark.parametrize("name", FORMATS)
def test_an_empty_feed_is_dated_by_the_content_not_the_clock(client, notice, name):
    """An empty feed's date (RSS lastBuildDate, Atom updated, Last-Modified) is the
    language's newest publication: rendered again later, with nothing changed, it has the
    same body and ETag, so readers' conditional requests still get 304."""
    published = datetime.datetime(2024, 7, 5, 9, 30, tzinfo=datetime.UTC)
    AnnouncementPage.objects.filter(pk=notice.pk).update(last_published_at=published)
    TopicFactory(slug="empty-topic", name_en="Empty", name_ja="空")
    url = f"/en/feeds/topics/empty-topic/{name}/"

    first = client.get(url)
    bump_content_generation()  # as any publish elsewhere does: the feed is rendered anew
    again = client.get(url)

    assert first.status_code == again.status_code == 200
    assert first["Last-Modified"] == http_date(published.timestamp())
    assert again.content == first.content and again["ETag"] == first["ETag"]
    if name != "json":  # JSON Feed has no feed-level date
        assert {"rss": "Fri, 05 Jul 2024 09:30:00 +0000", "atom": "2024-07-05T09:30:00+00:00"}[name] in first.text
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304
