"""A rich-text page link whose id is not a page's number: refused on save, harmless when stored.

Draftail sends page links as contentstate entities; a crafted one (``"id": "abc"``) used to
be stored as it came, and then the page, every feed of its language and the edit view
answered 500 (``ValueError: Field 'id' expected a number``).
"""

import json

import pytest
from wagtail.blocks import StreamValue
from wagtail.test.utils.form_data import nested_form_data, streamfield

from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.feeds.effects import warm_feeds
from announcements.models import FAQ, AnnouncementPage

from .test_admin import announcement_post

pytestmark = pytest.mark.django_db

CRAFTED_IDS = ["abc", '5" onclick="alert(1)', "-1", "1e3", "٣", "99999999999999999999999", ""]


def contentstate_with_page_link(page_id, text="the notice") -> str:
    """What Draftail posts for a paragraph holding one link: contentstate JSON."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"Read {text}.",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 5, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"id": page_id, "url": "/en/"}},
            },
        }
    )


def paragraph_post(english_contentstate: str) -> dict:
    return nested_form_data(
        {
            **announcement_post(),
            "body": streamfield(
                [("paragraph", {"text_en": english_contentstate, "text_ja": contentstate_with_page_link(None)})]
            ),
        }
    )


@pytest.fixture
def add_url(home_page):
    return f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/"


@pytest.mark.parametrize("crafted_id", CRAFTED_IDS)
def test_a_page_link_with_a_crafted_id_is_refused_on_its_field(moderator_client, add_url, crafted_id):
    response = moderator_client.post(add_url, paragraph_post(contentstate_with_page_link(crafted_id)))

    assert response.status_code == 200
    assert not AnnouncementPage.objects.filter(slug_en="maintenance").exists()
    errors = response.context["form"].errors["body"].as_data()[0]
    text_error = errors.block_errors[0].block_errors["text_en"]
    assert "points to a page that does not exist" in str(text_error.messages)


def test_a_link_to_a_real_page_is_saved(moderator_client, add_url, home_page):
    response = moderator_client.post(add_url, paragraph_post(contentstate_with_page_link(home_page.pk)))

    assert response.status_code == 302
    page = AnnouncementPage.objects.get(slug_en="maintenance")
    assert f'linktype="page" id="{home_page.pk}"' in page.body.raw_data[0]["value"]["text_en"]


def test_a_link_with_no_address_is_saved_as_plain_text(moderator_client, add_url):
    no_address = contentstate_with_page_link(None).replace('"url": "/en/"', '"url": null')

    response = moderator_client.post(add_url, paragraph_post(no_address))

    assert response.status_code == 302
    stored = AnnouncementPage.objects.get(slug_en="maintenance").body.raw_data[0]["value"]["text_en"]
    assert "<a>the notice</a>" in stored


def test_an_faq_answer_with_a_crafted_page_link_is_refused(home_page):
    faq = FAQFactory.build(topic=FAQFactory().topic, answer_en='<p><a linktype="page" id="abc">x</a></p>')

    with pytest.raises(Exception) as raised:
        faq.full_clean()

    assert "answer_en" in raised.value.message_dict
    assert FAQ.objects.count() == 1


@pytest.fixture
def stored_broken_link(home_page):
    """A published announcement whose stored body already holds crafted page links (saved
    before the check existed, or written straight to the database)."""
    page = AnnouncementPageFactory()
    raw = page.body.raw_data
    raw[0]["value"]["text_en"] = (
        '<p>See <a linktype="page" id="abc">this</a> and '
        '<a linktype="page" id="5&quot; onclick=&quot;alert(1)">that</a>'
        f' and <a linktype="page" id="{home_page.pk}">home</a>.</p>'
    )
    raw[0]["value"]["text_ja"] = '<p><a linktype="page" id="abc">これ</a>を参照。</p>'
    AnnouncementPage.objects.filter(pk=page.pk).update(
        body=StreamValue(AnnouncementPage._meta.get_field("body").stream_block, raw, is_lazy=True)
    )
    return AnnouncementPage.objects.get(pk=page.pk)


def test_a_stored_broken_link_reads_as_plain_text_on_the_page(client, stored_broken_link):
    for language in ("en", "ja"):
        response = client.get(f"/{language}/{stored_broken_link.slug_en}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "onclick" not in html and 'linktype="page"' not in html
    english = client.get(f"/en/{stored_broken_link.slug_en}/").content.decode()
    assert "<a>this</a>" in english and '<a href="/en/">home</a>' in english


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("name", ["rss", "atom", "json"])
def test_every_feed_still_answers_with_a_stored_broken_link(client, stored_broken_link, language, name):
    response = client.get(f"/{language}/feeds/{name}/")

    assert response.status_code == 200
    assert stored_broken_link.title_en in response.content.decode() or language == "ja"
    assert "onclick" not in response.content.decode()


def test_the_edit_view_opens_with_a_stored_broken_link(superuser_client, stored_broken_link):
    response = superuser_client.get(f"/admin/pages/{stored_broken_link.pk}/edit/")

    assert response.status_code == 200


def test_the_feed_warm_up_succeeds_with_a_stored_broken_link(stored_broken_link):
    assert warm_feeds() == 6
