"""RSS and Atom as a feed reader gets them: feedparser is the client."""

import html

import pytest
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage

from .conftest import LANGUAGES, XML_FORMATS, parse, reader_text

pytestmark = pytest.mark.django_db

VERSIONS = {"rss": "rss20", "atom": "atom10"}


@pytest.fixture(scope="module")
def more_announcements(published, module_data):
    """Besides the notice: two more public announcements, one in English only, and two that
    must never appear (shared by the module's tests)."""
    with module_data.build():
        public = AnnouncementPageFactory.create_batch(2, resolved=1, remaining=1)
        english_only = AnnouncementPageFactory()
        # Publishing refuses a page without Japanese; one published before that rule still exists.
        AnnouncementPage.objects.filter(pk=english_only.pk).update(title_ja="", summary_ja="")
        draft = AnnouncementPageFactory(publish=False)
        private = AnnouncementPageFactory()
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return {"public": [page.pk for page in public], "english_only": [english_only.pk], "hidden": [draft.pk, private.pk]}


@pytest.fixture
def announcements(more_announcements, notice):
    pages = {name: list(AnnouncementPage.objects.filter(pk__in=pks)) for name, pks in more_announcements.items()}
    return {"public": [notice, *pages["public"]], "english_only": pages["english_only"][0], "hidden": pages["hidden"]}


def link(page: AnnouncementPage, language: str) -> str:
    return f"http://testserver/{language}/{getattr(page, f'slug_{language}')}/"


@pytest.mark.parametrize("kind", XML_FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feed_parses_cleanly_and_lists_exactly_the_public_announcements(client, announcements, language, kind):
    feed = parse(client.get(f"/{language}/feeds/{kind}/"))

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == VERSIONS[kind]
    assert feed.encoding == "utf-8"
    expected = announcements["public"] + ([announcements["english_only"]] if language == "en" else [])
    assert {entry.link for entry in feed.entries} == {link(page, language) for page in expected}
    assert feed.feed.language == language


@pytest.mark.parametrize("kind", XML_FORMATS)
def test_japanese_text_round_trips_exactly(client, announcements, notice, versions, kind):
    feed = parse(client.get(f"/ja/feeds/{kind}/"))
    entry = next(entry for entry in feed.entries if entry.link == link(notice, "ja"))

    assert entry.title == notice.title_ja
    assert html.unescape(entry.summary) == notice.summary_ja
    assert {tag.term for tag in entry.tags} == {topic.name_ja for topic in notice.topics.all()}
    content = entry.content[0]
    assert content.type == "text/html"
    for block in notice.body.raw_data:
        if block["type"] in ("resolved_concern", "remaining_concern"):
            assert block["value"]["title_ja"] in content.value
    v2 = versions["v2"]
    assert f'href="http://testserver/ja/licenses/{v2.license.slug}/v2/#derivative-works"' in content.value
    assert notice.title_en not in content.value and notice.summary_en not in content.value


def test_the_three_formats_carry_the_same_content(client, notice):
    rss = next(entry for entry in parse(client.get("/ja/feeds/rss/")).entries if entry.link == link(notice, "ja"))
    atom = next(entry for entry in parse(client.get("/ja/feeds/atom/")).entries if entry.link == link(notice, "ja"))
    [json_item] = [item for item in client.get("/ja/feeds/json/").json()["items"] if item["url"] == link(notice, "ja")]

    assert rss.content[0].value == atom.content[0].value == json_item["content_html"]
    assert rss.title == atom.title == json_item["title"] == notice.title_ja
    assert rss.id == atom.id == json_item["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_atom_entries_say_their_language_and_carry_every_required_element(client, announcements, language):
    feed = parse(client.get(f"/{language}/feeds/atom/"))

    for entry in feed.entries:
        assert entry.title_detail.language == language
        assert entry.content[0].language == language
        assert entry.id.startswith("tag:testserver,")
        assert entry.updated_parsed and entry.published_parsed
        assert entry.author


def test_an_untranslated_announcement_is_left_out_of_japanese_feeds_only(client, announcements):
    english_only = announcements["english_only"]

    english = parse(client.get("/en/feeds/rss/"))
    japanese = parse(client.get("/ja/feeds/rss/"))

    assert link(english_only, "en") in {entry.link for entry in english.entries}
    assert english_only.title_en not in client.get("/ja/feeds/rss/").content.decode()
    assert all(entry.title != english_only.title_en for entry in japanese.entries)


@pytest.mark.parametrize("kind", XML_FORMATS)
def test_control_characters_in_a_title_do_not_break_the_feed(client, notice, kind):
    page = AnnouncementPageFactory(
        title_en="A <b>bold</b> & tricky\x08 title\uffff", title_ja="危険\x0b な<題> & \ufffe名前\x1f"
    )

    for language, expected in (("en", "A <b>bold</b> & tricky title"), ("ja", "危険 な<題> & 名前")):
        response = client.get(f"/{language}/feeds/{kind}/")
        feed = parse(response)
        assert feed.bozo == 0, feed.get("bozo_exception")
        entry = next(entry for entry in feed.entries if entry.link == link(page, language))
        assert reader_text(entry.title_detail) == expected
