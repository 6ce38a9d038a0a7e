"""Only what the public may see is ever found: drafts, private, expired pages and
English-only notices (in Japanese) never appear, whatever the index holds."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory
from announcements.search.indexing import rebuild_search_index

from .conftest import result_urls

pytestmark = pytest.mark.django_db

MARKER = "zqxmarker"


@pytest.fixture
def hidden_pages(home_page):
    draft = AnnouncementPageFactory(publish=False, title_en=f"Draft {MARKER}", title_ja=f"下書き{MARKER}")
    draft.save_revision()
    live_then_edited = AnnouncementPageFactory(title_en="Public title", slug_en="public-title")
    live_then_edited.title_en = f"Unpublished edit {MARKER}"
    live_then_edited.save_revision()  # a draft revision: the live page keeps its old title
    private = AnnouncementPageFactory(title_en=f"Private {MARKER}", slug_en="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    expired = AnnouncementPageFactory(title_en=f"Expired {MARKER}", slug_en="expired", publish=False)
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.expired, expired.live = True, False
    expired.save()
    english_only = AnnouncementPageFactory(publish=False, slug_en="english-only", title_en="Security fix")
    english_only.title_ja, english_only.summary_ja = f"英語のみ{MARKER}", f"英語のみ{MARKER}"
    english_only.default_language_only, english_only.default_language_only_reason = True, "Urgent."
    english_only.save_revision().publish()
    rebuild_search_index()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_marker_in_hidden_pages_is_never_found(client, hidden_pages, language):
    assert result_urls(client.get(f"/{language}/search/", {"q": MARKER})) == []


def test_an_english_only_notice_is_found_in_english_only(client, hidden_pages):
    assert result_urls(client.get("/en/search/", {"q": "security fix"})) == ["/en/english-only/"]
    assert result_urls(client.get("/ja/search/", {"q": "英語のみ"})) == []


def test_a_page_made_private_disappears_before_the_index_is_rebuilt(client, home_page):
    page = AnnouncementPageFactory(title_en="Staff picnic", slug_en="picnic")
    rebuild_search_index()
    assert result_urls(client.get("/en/search/", {"q": "picnic"})) == ["/en/picnic/"]

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert result_urls(client.get("/en/search/", {"q": "picnic"})) == []
