"""The one response cache: what enters it, what a hit costs, and what retires it."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from announcements.publishing.effects import HANDLERS, INVALIDATE_CACHES
from announcements.response_cache import HIT_HEADER, ResponseCacheMiddleware, canonical_query, mark_private

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("response_cache_in_memory")]


@pytest.fixture
def notice(committed_notice):
    return committed_notice


def notice_url(notice, language="en") -> str:
    return f"/{language}/{notice.slug_en}/"


def test_a_hit_costs_no_database_query(client, notice, django_assert_num_queries):
    first = client.get(notice_url(notice, "ja"))

    with django_assert_num_queries(0):
        second = client.get(notice_url(notice, "ja"))

    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


@pytest.mark.parametrize(
    "path", ["/en/", "/ja/", "/en/feeds/rss/", "/ja/feeds/json/", "/sitemap.xml", "/en/licenses/", "/robots.txt"]
)
def test_every_public_output_is_answered_from_the_cache(client, notice, path, django_assert_num_queries):
    assert client.get(path)[HIT_HEADER] == "miss"

    with django_assert_num_queries(0):
        assert client.get(path)[HIT_HEADER] == "hit"


def test_head_is_answered_from_what_get_stored(client, notice, django_assert_num_queries):
    get = client.get("/en/")

    with django_assert_num_queries(0):
        head = client.head("/en/")

    assert head[HIT_HEADER] == "hit" and head["ETag"] == get["ETag"] and head.content == b""


def test_a_hit_answers_a_current_copy_with_304(client, notice):
    first = client.get(notice_url(notice))

    again = client.get(notice_url(notice), headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304 and again[HIT_HEADER] == "hit"


def test_each_language_is_cached_apart(client, notice):
    client.get(notice_url(notice, "en"))

    response = client.get(notice_url(notice, "ja"))

    assert response[HIT_HEADER] == "miss"
    assert notice.title_ja in response.content.decode()


def test_the_key_ignores_the_host_and_other_hosts_are_served_fresh(client, notice):
    client.get("/en/")

    other = client.get("/en/", headers={"host": "evil.example"})
    canonical = client.get("/en/")

    assert HIT_HEADER not in other  # served, never stored nor read from the cache
    assert canonical[HIT_HEADER] == "hit"
    assert not [key for key in cache._cache if "evil" in key]


def test_publishing_retires_the_cached_page_at_once(client, notice, django_capture_on_commit_callbacks):
    client.get(notice_url(notice))
    notice.title_en, notice.title_ja = "SD3 is back, corrected", "SD3が戻りました（訂正）"

    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    response = client.get(notice_url(notice))

    # Stored again by the page warm-up that ran on commit, or rendered now: either way new.
    assert "SD3 is back, corrected" in response.content.decode()


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page.unpublish(),
        lambda page: page.delete(),
        lambda page: PageViewRestriction.objects.create(page=page, restriction_type="password", password="x"),
    ],
    ids=["unpublish", "delete", "privacy"],
)
def test_a_page_vanishes_from_every_cached_output_with_the_broker_down(client, notice, monkeypatch, change):
    """Nothing is sent to the broker (no on-commit callback runs, no worker): still gone."""
    outputs = ["/en/", "/ja/", "/en/feeds/atom/", "/ja/feeds/json/", "/sitemap.xml"]
    for path in outputs:
        assert notice.slug_en in client.get(path).content.decode()

    change(notice)

    for path in outputs:
        assert notice.slug_en not in client.get(path).content.decode(), path


def test_an_expired_page_vanishes_at_its_expiry_before_the_scheduler_runs(client, notice, as_committed):
    moment = timezone.now() + datetime.timedelta(hours=1)
    notice.expire_at = moment
    notice.save_revision().publish()
    as_committed()
    assert client.get(notice_url(notice)).status_code == 200
    assert notice.slug_en in client.get("/en/").content.decode()

    with pytest.MonkeyPatch.context() as patch:
        later = moment + datetime.timedelta(seconds=1)
        patch.setattr(timezone, "now", lambda: later)
        patch.setattr("time.time", lambda: later.timestamp())
        # Entries stored before the expiry lapse with it; what is rendered now leaves the page out.
        assert client.get(notice_url(notice)).status_code == 404
        assert notice.slug_en not in client.get("/en/").content.decode()
        assert notice.slug_en not in client.get("/en/feeds/rss/").content.decode()


def test_entries_lapse_when_the_next_page_expires(client, notice, as_committed):
    notice.expire_at = timezone.now() + datetime.timedelta(seconds=90)
    notice.save_revision().publish()
    as_committed()

    assert client.get("/en/")[HIT_HEADER] == "miss"

    lapses = [moment - timezone.now().timestamp() for key, moment in cache._expire_info.items() if ":response:" in key]
    assert lapses and all(0 < lapse <= 90 for lapse in lapses)


def test_the_cache_retired_for_a_committed_change_knows_when_its_entries_lapse(client, notice, as_committed):
    notice.expire_at = timezone.now() + datetime.timedelta(seconds=90)
    notice.save_revision().publish()
    as_committed()

    HANDLERS[INVALIDATE_CACHES]({})  # as the outbox performs it when the change commits
    with CaptureQueriesContext(connection) as rendering:
        assert client.get("/en/")[HIT_HEADER] == "miss"

    # The change worked out the next expiry once; its readers render without asking.
    assert not [query for query in rendering.captured_queries if 'MIN("wagtailcore_page"."expire_at")' in query["sql"]]
    lapses = [moment - timezone.now().timestamp() for key, moment in cache._expire_info.items() if ":response:" in key]
    assert lapses and all(0 < lapse <= 90 for lapse in lapses)


def test_editors_are_never_served_from_the_cache_and_never_fill_it(client, editor_client, notice):
    edited = editor_client.get(notice_url(notice))
    anonymous = client.get(notice_url(notice))
    cached = client.get(notice_url(notice))

    assert HIT_HEADER not in edited
    assert anonymous[HIT_HEADER] == "miss"  # the editor's rendering was not stored
    assert cached[HIT_HEADER] == "hit"
    for editor_markup in ("wagtail-userbar", "/admin/", "csrfmiddlewaretoken"):
        assert editor_markup not in cached.content.decode()


def test_a_request_with_a_session_cookie_is_served_fresh(client, notice):
    client.get("/en/")  # cached for readers without a session
    client.cookies["sessionid"] = "not-a-session"

    response = client.get("/en/")

    assert response.status_code == 200 and HIT_HEADER not in response
    assert not response.cookies or "public" not in response["Cache-Control"]


def test_a_response_setting_a_cookie_is_never_stored_nor_public(rf):
    def view(request):
        response = HttpResponse("personal")
        response["Cache-Control"] = "public, max-age=60"
        response.set_cookie("seen", "1")
        return response

    middleware = ResponseCacheMiddleware(view)
    first = middleware(rf.get("/en/x/"))
    second = ResponseCacheMiddleware(lambda request: HttpResponse("other"))(rf.get("/en/x/"))

    assert "private" in first["Cache-Control"] and "public" not in first["Cache-Control"]
    assert second.content == b"other"  # nothing was stored


def test_a_response_with_a_csp_nonce_is_never_stored_and_is_private(rf):
    def view(request):
        response = HttpResponse('<script nonce="abc123">go()</script>')
        response["Cache-Control"] = "public, max-age=60"
        response["Content-Security-Policy"] = "script-src 'self' 'nonce-abc123'"
        return response

    first = ResponseCacheMiddleware(view)(rf.get("/en/x/"))
    second = ResponseCacheMiddleware(lambda request: HttpResponse("fresh"))(rf.get("/en/x/"))

    assert HIT_HEADER not in first and "private" in first["Cache-Control"]
    assert second.content == b"fresh"


def test_a_view_opts_in_by_its_own_cache_control(rf):
    def api_view(request):
        response = HttpResponse('{"items": []}', content_type="application/json")
        response["Cache-Control"] = "public, max-age=30"
        return response

    ResponseCacheMiddleware(api_view)(rf.get("/en/api/v1/announcements/"))
    hit = ResponseCacheMiddleware(lambda request: HttpResponse("not called"))(rf.get("/en/api/v1/announcements/"))

    assert hit[HIT_HEADER] == "hit" and hit.content == b'{"items": []}'


def test_a_response_without_public_cache_control_is_not_stored(rf):
    ResponseCacheMiddleware(lambda request: HttpResponse("search results"))(rf.get("/en/search/"))
    again = ResponseCacheMiddleware(lambda request: HttpResponse("fresh"))(rf.get("/en/search/"))

    assert again.content == b"fresh"


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("", ""),
        ("page=2", "page=2"),
        ("page=2&topic=licensing", "page=2&topic=licensing"),
        ("topic=licensing&page=2", None),  # the same page under another spelling
        ("page=abc", None),
        ("page=-1", None),
        ("page=0", None),
        ("page=1e9", None),
        ("page=%00", None),
        ("page=%D9%A3", None),
        ("page=" + "9" * 3500, None),
        ("page=2&page=3", None),
        ("utm_source=feed", None),
        ("topic=Licensing", None),
        ("page=%32", None),  # percent-encoded '2'
    ],
)
def test_only_canonical_query_strings_are_cache_keys(query, canonical):
    assert canonical_query(query) == canonical


def test_300_odd_page_values_make_no_cache_entry(client, notice):
    client.get("/en/")
    before = len(cache._cache)

    for value in ["abc", "-1", "1e9", "%00", "%D9%A3", "9" * 3500] * 50:
        client.get(f"/en/?page={value}")

    assert len(cache._cache) == before


def test_a_password_protected_page_is_private_and_never_cached(client, notice):
    PageViewRestriction.objects.create(page=notice, restriction_type="password", password="s3cret")

    form = client.get(notice_url(notice))
    unlocked = client.post(form.context["action_url"], {"password": "s3cret", "return_url": notice_url(notice)})
    page = client.get(unlocked.url)

    for response in (form, page):
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert HIT_HEADER not in response
    assert notice.title_en in page.content.decode()


def test_mark_private_overrides_public(rf):
    response = HttpResponse()
    response["Cache-Control"] = "public, max-age=60"

    assert "public" not in mark_private(response)["Cache-Control"]


def test_the_cache_being_down_costs_speed_not_the_page(rf, monkeypatch):
    class DownCache:
        def __getattr__(self, name):
            def down(*args, **kwargs):
                raise ConnectionError("cache down")

            return down

    monkeypatch.setattr("announcements.response_cache.cache", DownCache())
    monkeypatch.setattr("announcements.cache_keys.cache", DownCache())

    def page(request):
        response = HttpResponse("the page")
        response["Cache-Control"] = "public, max-age=60"
        return response

    response = ResponseCacheMiddleware(page)(rf.get("/en/"))

    assert response.status_code == 200 and response.content == b"the page" and HIT_HEADER not in response
