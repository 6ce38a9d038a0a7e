"""Every text field of every feed reaches a feed reader as the text the editor wrote.

Titles, names and summaries are plain text. A feed reader (feedparser here) reads some
RSS and Atom elements as HTML, so such text must arrive escaped for HTML as well as for
XML: a topic named ``<b>Licensing</b>`` must show those characters, never bold type.
"""

import pytest

from announcements.factories import AnnouncementPageFactory, TopicFactory

from .conftest import LANGUAGES, XML_FORMATS, parse, reader_text

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "R&D <b>β</b>",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "Tom &amp; Jerry &lt;3",
    "a < b > c & d",
    "]]> CDATA end",
    "\"quoted\" 'single' `tick`",
    "<!-- comment --> &#x3C;i&#x3E;",
]


@pytest.fixture
def hostile(home_page, as_committed):
    """A topic and an announcement filed under it, their names and texts all payloads."""
    pages = []
    for number, payload in enumerate(PAYLOADS):
        topic = TopicFactory(slug=f"hostile-{number}", name_en=f"{payload} en", name_ja=f"{payload} ja")
        page = AnnouncementPageFactory(
            slug_en=f"hostile-{number}",
            title_en=f"{payload} title",
            title_ja=f"{payload} 題",
            summary_en=f"{payload} summary",
            summary_ja=f"{payload} 要約",
            topics=[topic],
        )
        pages.append((payload, topic, page))
    as_committed()
    return pages


@pytest.mark.parametrize("kind", XML_FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_field_round_trips_as_text(client, hostile, language, kind):
    for payload, topic, page in hostile:
        feed = parse(client.get(f"/{language}/feeds/topics/{topic.slug}/{kind}/"))
        assert feed.bozo == 0, feed.get("bozo_exception")
        name = getattr(topic, f"name_{language}")

        assert name in reader_text(feed.feed.title_detail)
        assert name in reader_text(feed.feed.subtitle_detail)
        (entry,) = feed.entries
        assert reader_text(entry.title_detail) == getattr(page, f"title_{language}")
        assert reader_text(entry.summary_detail) == getattr(page, f"summary_{language}")
        assert [tag.term for tag in entry.tags] == [name]
        assert payload in reader_text(entry.title_detail)
