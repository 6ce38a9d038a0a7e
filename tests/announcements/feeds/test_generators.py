"""The JSON Feed generator takes what Django's generators take (no database needed)."""

import datetime
import json

from django.utils.feedgenerator import Enclosure

from announcements.feeds.jsonfeed import JSONFeed
from announcements.rules.text import xml_safe

PUBLISHED = datetime.datetime(2024, 7, 5, 9, 30, tzinfo=datetime.UTC)


def test_the_json_feed_generator_maps_djangos_arguments_to_json_feed_keys():
    feed = JSONFeed(
        title="お知らせ",
        link="https://example.org/ja/",
        description="最新のお知らせ",
        language="ja",
        author_name="コミュニティ",
        feed_url="https://example.org/ja/feeds/json/",
        next_url="https://example.org/ja/feeds/json/?page=2",
        _ignored_in_root_unless_extension=1,
        unknown_key="dropped",
    )
    feed.add_item(
        title="解禁",
        link="https://example.org/ja/sd3/",
        description="<p>要約</p>",
        unique_id="tag:example.org,2024-07-05:1",
        pubdate=PUBLISHED,
        updateddate=PUBLISHED,
        categories=["ライセンス"],
        enclosures=[Enclosure("https://example.org/a.pdf", "1234", "application/pdf")],
        summary="要約",
        language="ja",
        _community_announcements={"about": "https://example.org/ja/feeds/#json-extension"},
    )

    document = json.loads(feed.writeString("utf-8"))

    assert feed.content_type == "application/feed+json; charset=utf-8"
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["authors"] == [{"name": "コミュニティ"}]
    assert document["next_url"].endswith("?page=2")
    assert "unknown_key" not in document and "_ignored_in_root_unless_extension" in document
    assert document["items"] == [
        {
            "id": "tag:example.org,2024-07-05:1",
            "url": "https://example.org/ja/sd3/",
            "title": "解禁",
            "content_html": "<p>要約</p>",
            "date_published": "2024-07-05T09:30:00+00:00",
            "date_modified": "2024-07-05T09:30:00+00:00",
            "tags": ["ライセンス"],
            "attachments": [
                {"url": "https://example.org/a.pdf", "mime_type": "application/pdf", "size_in_bytes": 1234}
            ],
            "summary": "要約",
            "language": "ja",
            "_community_announcements": {"about": "https://example.org/ja/feeds/#json-extension"},
        }
    ]


def test_xml_safe_drops_only_what_xml_cannot_carry():
    assert xml_safe("a\x00b\x08c\x0bd\x1fe\ufffef\uffffg\ud800h") == "abcdefgh"
    assert xml_safe("tab\there\nnew\rline 日本語 \u00e9 \U0001f600") == "tab\there\nnew\rline 日本語 \u00e9 \U0001f600"
    assert xml_safe(None) == ""
