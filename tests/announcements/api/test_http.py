"""The API's HTTP: per language, ETag and 304, Cache-Control, CORS, JSON errors, privacy."""

import json

import pytest
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db


def test_texts_come_in_the_address_language(client, sd3_seed):
    english = client.get("/en/api/v1/announcements/").json()["items"][0]
    japanese = client.get("/ja/api/v1/announcements/").json()["items"][0]

    assert english["title"].startswith("SD3 is un-banned")
    assert japanese["title"].startswith("SD3を解禁しました")
    assert japanese["notice_date"] == "2024-07" and japanese["notice_date_precision"] == "month"


def test_concerns_and_citations_have_the_json_feed_shape(client, sd3_seed):
    item = client.get("/en/api/v1/announcements/").json()["items"][0]
    feed_item = client.get("/en/feeds/json/").json()["items"][0]["_community_announcements"]

    assert item["resolved_concerns"] == feed_item["resolved_concerns"]
    assert item["remaining_concerns"] == feed_item["remaining_concerns"]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("topic=licensing", 1),
        ("topic=on-site-generation", 0),
        ("license=stability-ai-sd3", 1),
        ("license=stability-ai-sd3&cited_version=v2", 1),
        ("license=stability-ai-sd3&cited_version=v1", 1),  # its "Before" cites version 1
        ("updated_since=2000-01-01", 1),
        ("updated_since=2999-01-01", 0),
        ("cited_version=v2", 1),
    ],
)
def test_announcements_are_filtered(client, sd3_seed, query, count):
    assert client.get(f"/en/api/v1/announcements/?{query}").json()["count"] == count


def test_faqs_are_filtered_and_paged(client, sd3_seed):
    first = client.get("/ja/api/v1/faqs/?page_size=2").json()
    cited = client.get("/en/api/v1/faqs/?license=stability-ai-sd3&cited_version=v2").json()

    assert first["count"] == 9 and len(first["items"]) == 2
    assert first["next"] == "http://testserver/ja/api/v1/faqs/?page_size=2&page=2"
    assert {faq["citation"]["version"] for faq in cited["items"]} == {"version 2"}


def test_the_comparison_matches_the_compare_page(client, sd3_seed):
    comparison = client.get("/en/api/v1/licenses/stability-ai-sd3/compare/v1/v2/").json()

    assert sum(comparison["counts"].values()) == len(comparison["clauses"])
    assert {item["key"] for item in comparison["clauses"] if item["status"] == "added"} == {"enterprise-license"}
    assert {item["key"] for item in comparison["clauses"] if item["status"] == "removed"} == {"usage-cap"}


def test_conditional_get_cache_control_and_cors(client, sd3_seed):
    response = client.get("/en/api/v1/licenses/", headers={"origin": "https://elsewhere.example"})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    again = client.get("/en/api/v1/licenses/", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304 and again.content == b""
    preflight = client.options("/en/api/v1/licenses/", headers={"access-control-request-method": "GET"})
    assert preflight.status_code == 204 and "If-None-Match" in preflight["Access-Control-Allow-Headers"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/api/v1/announcements/?page_size=0", 400),
        ("/en/api/v1/announcements/?page=abc", 400),
        ("/en/api/v1/announcements/?updated_since=yesterday", 400),
        ("/en/api/v1/announcements/?topic=No%20spaces", 400),
        ("/en/api/v1/announcements/?page=99", 404),
        ("/en/api/v1/announcements/123456/", 404),
        ("/ja/api/v1/licenses/no-such-license/", 404),
        ("/en/api/v1/no/such/address/", 404),
    ],
)
def test_errors_are_json_with_a_detail(client, sd3_seed, url, status):
    response = client.get(url)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


def test_writing_is_refused_in_json(client, sd3_seed):
    response = client.post("/en/api/v1/topics/")

    assert response.status_code == 405 and response.json() == {"detail": "This API is read-only: use GET."}


def test_a_draft_or_private_page_with_a_marker_never_appears(client, sd3_seed):
    marker = "zqxmarker"
    draft = AnnouncementPageFactory(publish=False, title_en=f"Draft {marker}", title_ja=f"下書き{marker}")
    draft.save_revision()
    private = AnnouncementPageFactory(title_en=f"Private {marker}", slug_en="private-notice")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    for language in ("en", "ja"):
        listing = client.get(f"/{language}/api/v1/announcements/?page_size=100")
        assert marker not in listing.content.decode()
        assert client.get(f"/{language}/api/v1/announcements/{draft.pk}/").status_code == 404
        assert client.get(f"/{language}/api/v1/announcements/{private.pk}/").status_code == 404


def test_the_docs_page_is_served(client, sd3_seed):
    response = client.get("/en/api/v1/docs/")

    assert response.status_code == 200 and b"swagger" in response.content.lower()
    schema = json.loads(client.get("/en/api/v1/openapi.json").content)
    assert schema["openapi"].startswith("3.1")


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("/ja/api/v1/announcements/99999/", "このIDのお知らせは、この言語では公開されていません。"),
        ("/ja/api/v1/licenses/none/", "「none」というライセンスはありません。"),
        ("/ja/api/v1/announcements/?topic=junk", "「junk」というトピックはありません。"),
        ("/ja/api/v1/faqs/?topic=junk", "「junk」というトピックはありません。"),
        ("/ja/api/v1/nothing/", "このAPIのアドレスはありません。使える操作はopenapi.jsonに載っています。"),
        ("/en/api/v1/licenses/none/", "There is no license “none”."),
    ],
)
def test_errors_speak_the_readers_language_and_name_no_class(client, home_page, path, detail):
    """They once said "No AnnouncementPage matches the given query." on /ja/; an unknown
    topic was an empty 200, stored once per made-up slug."""
    response = client.get(path)

    assert response.status_code == 404 and response.json() == {"detail": detail}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_apis_root_says_where_everything_is(client, home_page, language):
    """It was Django's HTML 404, where every other unknown API address answers JSON."""
    response = client.get(f"/{language}/api/v1/")

    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    links = response.json()
    assert links["openapi"] == f"http://testserver/{language}/api/v1/openapi.json"
    for name in ("announcements", "faqs", "topics", "licenses"):
        assert client.get(links[name].removeprefix("http://testserver")).status_code == 200, name


def test_a_faq_answer_links_as_the_faq_page_does(client, home_page):
    """answer_html was Wagtail's storage format (<a linktype="page" id="5">), no real link."""
    from announcements.factories import FAQFactory, FAQPageFactory

    notice = AnnouncementPageFactory(slug_en="the-notice")
    FAQPageFactory()
    faq = FAQFactory(answer_en=f'<p>See <a linktype="page" id="{notice.pk}">the notice</a>.</p>')
    faq.save_revision().publish()

    [item] = [item for item in client.get("/en/api/v1/faqs/").json()["items"] if item["slug"] == faq.slug]

    assert "linktype" not in item["answer_html"]
    assert '<a href="http://testserver/en/the-notice/">the notice</a>' in item["answer_html"]


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("/en/api/v1/topics/?page=2", "Unknown query parameter: page. This operation takes no query parameters."),
        (
            "/en/api/v1/announcements/?topics=x&utm_source=y",
            "Unknown query parameter: topics, utm_source. This operation accepts: cited_version, license, "
            "page, page_size, topic, updated_since.",
        ),
    ],
)
def test_a_query_parameter_an_operation_does_not_read_is_a_400_naming_it(client, home_page, path, detail):
    """Ignored, it would make a new URL (a new cache entry and a render) per value, and a
    misspelt filter would quietly filter nothing."""
    response = client.get(path)

    assert response.status_code == 400
    assert response.json() == {"detail": detail}
    assert "public" not in response.get("Cache-Control", "")
    assert client.get("/ja/api/v1/topics/?page=2").json()["detail"].startswith("不明なクエリパラメーター")
