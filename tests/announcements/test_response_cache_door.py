"""The response cache's front door (site_config.wsgi) and what a stored entry holds:
compressed once, the same headers as a fresh response, never read across releases."""

import gzip
import io
import sys

import pytest

from announcements import response_cache
from announcements.factories import AnnouncementPageFactory
from announcements.response_cache import HIT_HEADER
from tests.wsgi_door import call_wsgi

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("response_cache_in_memory")]

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
)


@pytest.fixture
def notice_path(committed_notice) -> str:
    return f"/ja/{committed_notice.slug_en}/"


def call(path: str, method: str = "GET", **headers) -> tuple[int, dict[str, str], bytes]:
    """One request through the WSGI application gunicorn and runserver serve. ``path`` is
    what the server decoded from the request line (UTF-8 bytes read as Latin-1, as PEP
    3333 has servers hand it over)."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "SCRIPT_NAME": "",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
    }
    answer = call_wsgi(environ)
    return int(answer.status.split()[0]), dict(answer.headers), answer.body


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_page_with_a_japanese_slug_is_served_cached_uncached_and_to_editors(home_page, as_committed, language):
    """Once answered 200 only while cached: its first reader, a reader with a session
    and every reader after the entry lapsed met a 500 (the door changed the path Django
    read)."""
    AnnouncementPageFactory(slug_en="sd3解禁", slug_ja="sd3解禁")
    as_committed()
    path = f"/{language}/sd3解禁/"

    first = call(path)
    hit = call(path)
    with_session = call(path, cookie="sessionid=not-a-session")

    assert (first[0], first[1][HIT_HEADER]) == (200, "miss")
    assert (hit[0], hit[1][HIT_HEADER], hit[2]) == (200, "hit", first[2])
    assert with_session[0] == 200 and HIT_HEADER not in with_session[1]


@pytest.mark.parametrize(
    ("path", "expected"),
    # The API's slugs have a documented pattern: one outside it is refused as such.
    [("/ja/licenses/あ/", 404), ("/ja/検索/", 404), ("/en/😀/", 404), ("/ja/api/v1/licenses/あ/", 400)],
)
def test_a_path_in_another_script_is_a_4xx_not_a_server_error(home_page, path, expected):
    status, headers, body = call(path)

    assert status == expected, body[:200]
    assert "Content-Security-Policy" in headers  # the site's answer, not a bare server page


def test_a_hit_at_the_door_costs_no_query_and_carries_every_security_header(notice_path, django_assert_num_queries):
    status, fresh_headers, fresh = call(notice_path)
    assert status == 200 and fresh_headers[HIT_HEADER] == "miss"

    with django_assert_num_queries(0):
        status, hit_headers, hit = call(notice_path)

    assert status == 200 and hit_headers[HIT_HEADER] == "hit" and hit == fresh
    for name in SECURITY_HEADERS:
        assert hit_headers.get(name) == fresh_headers.get(name) and name in hit_headers, name
    assert "Set-Cookie" not in hit_headers
    assert int(hit_headers["Content-Length"]) == len(hit)


def test_a_miss_looks_the_cache_up_once(notice_path, monkeypatch):
    lookups = []
    real_lookup = response_cache.lookup
    monkeypatch.setattr(response_cache, "lookup", lambda key: lookups.append(key) or real_lookup(key))

    assert call(notice_path)[1][HIT_HEADER] == "miss"

    assert len(lookups) == 1


def test_gzip_is_sent_to_clients_that_accept_it_and_inflated_for_others(notice_path):
    call(notice_path)
    _status, plain_headers, plain = call(notice_path)
    _status, gzip_headers, compressed = call(notice_path, accept_encoding="gzip, deflate, br")

    assert "Content-Encoding" not in plain_headers and plain.startswith(b"<!DOCTYPE html>")
    assert gzip_headers["Content-Encoding"] == "gzip" and gzip.decompress(compressed) == plain
    assert len(compressed) < len(plain) / 2 and int(gzip_headers["Content-Length"]) == len(compressed)
    for headers in (plain_headers, gzip_headers):
        assert "Accept-Encoding" in headers["Vary"]  # a shared cache must keep the two apart
    # One resource in two encodings: the compressed one's validator is weak, and either
    # answers a conditional request with 304.
    assert gzip_headers["ETag"] == f"W/{plain_headers['ETag']}"
    assert call(notice_path, if_none_match=plain_headers["ETag"], accept_encoding="gzip")[0] == 304
    assert call(notice_path, if_none_match=gzip_headers["ETag"])[0] == 304


def test_the_first_reader_already_gets_the_compressed_copy(notice_path):
    _status, headers, body = call(notice_path, accept_encoding="gzip")

    assert headers[HIT_HEADER] == "miss" and headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body).startswith(b"<!DOCTYPE html>")


def test_head_at_the_door_sends_the_length_without_the_body(notice_path):
    _status, _headers, body = call(notice_path)

    status, headers, head_body = call(notice_path, method="HEAD")

    assert status == 200 and headers[HIT_HEADER] == "hit" and head_body == b""
    assert int(headers["Content-Length"]) == len(body)


def test_small_bodies_are_stored_as_they_are(client, home_page):
    client.get("/robots.txt")

    response = client.get("/robots.txt", headers={"accept-encoding": "gzip"})

    assert response[HIT_HEADER] == "hit" and "Content-Encoding" not in response
    assert response.content.startswith(b"User-agent")


def test_entries_an_earlier_release_stored_are_never_read(notice_path, monkeypatch):
    """A deploy that changes what an entry holds must not read the old ones (it once
    answered 500 on every cached page until they lapsed)."""
    monkeypatch.setattr(response_cache, "ENTRY_FORMAT", response_cache.ENTRY_FORMAT - 1)
    assert call(notice_path)[1][HIT_HEADER] == "miss"
    assert call(notice_path)[1][HIT_HEADER] == "hit"
    monkeypatch.undo()

    status, headers, _body = call(notice_path)

    assert status == 200 and headers[HIT_HEADER] == "miss"


def test_whatever_the_door_trips_on_the_reader_gets_the_page_from_django(notice_path, monkeypatch):
    """An error at the door once meant the server's bare 500, without the site's headers."""

    class UnreadableRequest:  # only the door builds its request from this name; Django's handler has its own
        def __init__(self, environ):
            raise UnicodeEncodeError("latin-1", "検", 0, 1, "ordinal not in range(256)")

    monkeypatch.setattr("django.core.handlers.wsgi.WSGIRequest", UnreadableRequest)
    status, headers, _body = call(notice_path)

    assert status == 200 and "Content-Security-Policy" in headers


@pytest.mark.parametrize("path", ["/en/api/v1/topics/", "/ja/feeds/atom/", "/en/feeds/json/"])
def test_a_304_from_the_cache_carries_the_headers_of_the_full_answer(home_page, path):
    """A cross-origin fetch with If-None-Match once failed: the cached 304 had lost its CORS
    headers (and its security headers with them)."""
    status, full, _body = call(path)
    assert status == 200 and full["Access-Control-Allow-Origin"] == "*"  # feeds too: browser feed readers

    status, not_modified, body = call(path, if_none_match=full["ETag"])

    assert (status, body) == (304, b"")
    assert not_modified[HIT_HEADER] == "hit"
    for name in ("Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Content-Security-Policy", "Vary"):
        assert not_modified.get(name) == full.get(name), name
    assert "Content-Type" not in not_modified


def test_a_changed_output_setting_retires_what_was_cached_under_the_old_one(home_page, settings):
    """After WEBSUB_HUB_URL was set and the site restarted, cached feeds lacked the hub link
    until their entries lapsed."""
    call("/en/feeds/atom/")
    assert call("/en/feeds/atom/")[1][HIT_HEADER] == "hit"

    settings.WEBSUB_HUB_URL = "https://hub.example/"
    status, headers, body = call("/en/feeds/atom/")

    assert (status, headers[HIT_HEADER]) == (200, "miss")
    assert b"https://hub.example/" in body
