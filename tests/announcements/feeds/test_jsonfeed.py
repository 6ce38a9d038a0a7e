"""JSON Feed 1.1: valid against the spec's schema, with the structured-concerns extension and pages."""

import html
import json
from pathlib import Path

import pytest
from django.utils import translation
from jsonschema import Draft202012Validator, FormatChecker

from announcements.factories import AnnouncementPageFactory, create_many_live_announcements

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
EXTENSION = "_community_announcements"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


JSON_FEED = validator("jsonfeed-1.1.schema.json")
EXTENSION_SCHEMA = validator("community-announcements-extension.schema.json")


def errors(schema: Draft202012Validator, document) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in schema.iter_errors(document)]


def test_the_schemas_check_formats():
    """A schema without working format checks would pass anything; prove they bite."""
    item = {"id": "1", "content_html": "", "url": "not a uri", "date_published": "2024-13-45T00:00:00Z"}
    document = {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [item], "summary": "x"}

    found = errors(JSON_FEED, document)

    assert len(found) == 3, found  # the bad URI, the bad date and the non-standard top-level key


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", [None, "licensing"])
def test_every_json_feed_is_valid_json_feed_1_1_with_a_valid_extension(client, notice, language, topic):
    path = f"/{language}/feeds/topics/{topic}/json/" if topic else f"/{language}/feeds/json/"

    response = client.get(path)

    assert response["Content-Type"] == "application/feed+json; charset=utf-8"
    feed = json.loads(response.content.decode("utf-8"))
    assert errors(JSON_FEED, feed) == []
    assert feed["language"] == language
    assert feed["feed_url"] == f"http://testserver{path}"
    assert [item["language"] for item in feed["items"]] == [language]
    for item in feed["items"]:
        assert errors(EXTENSION_SCHEMA, item[EXTENSION]) == []


def test_the_extension_lists_the_notices_concerns_with_their_citations(client, notice, versions):
    item = client.get("/ja/feeds/json/").json()["items"][0]
    extension = item[EXTENSION]

    assert item["title"] == notice.title_ja
    assert item["summary"] == notice.summary_ja
    assert len(extension["resolved_concerns"]) == 2
    # The page's sections: remaining concerns about a license clause are "not perfect".
    assert [c["kind"] for c in extension["not_perfect"]] == ["license_clause"]
    assert [c["kind"] for c in extension["remaining_concerns"]] == ["model_quality"]
    assert extension["format"] == 2
    first, v2 = extension["resolved_concerns"][0], versions["v2"]
    assert first["title"] == next(
        block.value["title_ja"] for block in notice.body if block.block_type == "resolved_concern"
    )
    assert first["citation"]["clause_key"] == "derivative-works"
    assert first["citation"]["clause_url"] == f"http://testserver/ja/licenses/{v2.license.slug}/v2/#derivative-works"
    assert first["citation"]["effective_date"] == v2.effective_date.isoformat()
    assert first["citation"]["superseded"] is False
    derivative_works = v2.clauses.get(key="derivative-works")
    with translation.override("ja"):
        assert first["citation"]["cited_as"] == v2.cited_as(derivative_works)  # in Japanese
    assert "第2版" in first["citation"]["cited_as"]
    assert html.escape(first["citation"]["cited_as"], quote=False) in client.get(f"/ja/{notice.slug_en}/").text
    assert first["citation"]["version_name"] == v2.display_name
    uncited = [concern for concern in extension["remaining_concerns"] if concern["citation"] is None]
    assert {concern["kind"] for concern in uncited} <= {"model_quality", "ecosystem", "business"}
    assert extension["notice_date"] == "2024-07"  # the source gives the month, not the day
    assert extension["notice_date_precision"] == "month"
    assert {topic["slug"] for topic in extension["topics"]} == {"licensing", "models"}


def test_a_citation_of_a_superseded_version_says_which_version_replaced_it(client, notice, versions):
    v1, v2 = versions["v1"], versions["v2"]
    cap = {
        "title_en": "Monthly cap",
        "title_ja": "月間の上限",
        "citation__version": v1,
        "citation__clause": v1.clauses.get(key="usage-cap"),
    }
    AnnouncementPageFactory(**{f"body__0__remaining_concern__{name}": value for name, value in cap.items()})

    items = client.get("/en/feeds/json/").json()["items"]

    [concern] = [c for item in items for c in item[EXTENSION]["not_perfect"] if c["title"] == "Monthly cap"]
    citation = concern["citation"]
    assert citation["superseded"] is True
    assert citation["superseded_by"] == {
        "version": v2.label_en,
        "url": f"http://testserver/en/licenses/{v1.license.slug}/v2/",
    }
    assert citation["clause_url"] == f"http://testserver/en/licenses/{v1.license.slug}/v1/#usage-cap"


def test_pages_of_twenty_linked_by_next_url_hold_every_announcement_once(client, notice):
    create_many_live_announcements(44)  # 45 with the notice: pages of 20, 20 and 5
    url, seen, pages = "/en/feeds/json/", [], []

    while url:
        feed = client.get(url).json()
        assert errors(JSON_FEED, feed) == []
        pages.append(len(feed["items"]))
        seen += [item["id"] for item in feed["items"]]
        assert feed.get("next_url") != feed["feed_url"]
        url = feed.get("next_url", "").removeprefix("http://testserver")

    assert pages == [20, 20, 5]
    assert len(seen) == len(set(seen)) == 45


@pytest.mark.parametrize("number", ["0", "-1", "abc", "1.5", "２", "99", "9" * 40])
def test_a_page_that_does_not_exist_is_a_404_not_an_error(client, notice, number):
    response = client.get("/en/feeds/json/", {"page": number})

    assert response.status_code == 404


def test_a_topic_feed_lists_only_that_topics_announcements(client, notice, licensing_topic, models_topic):
    other = AnnouncementPageFactory(topics=[licensing_topic])

    feed = client.get("/en/feeds/topics/models/json/").json()

    assert [item["url"] for item in feed["items"]] == [f"http://testserver/en/{notice.slug_en}/"]
    assert other.title_en not in json.dumps(feed)
    assert feed["title"] == f"Community announcements: {models_topic.name_en}"
    licensing = client.get("/en/feeds/topics/licensing/json/").json()
    assert {item["title"] for item in licensing["items"]} == {notice.title_en, other.title_en}
