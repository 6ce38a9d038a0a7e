"""The index follows publishing: an announcement is found once published and no longer
once unpublished or deleted, through the publishing side effects (after commit)."""

import datetime

import pytest
from django.db import transaction

from announcements.factories import AnnouncementPageFactory, TopicFactory
from announcements.models import AnnouncementPage
from announcements.publishing.effects import REINDEX_SEARCH
from announcements.publishing.models import SideEffect
from announcements.search.indexing import rebuild_search_index
from announcements.search.models import SearchDocument
from announcements.search.query import search

from .conftest import result_urls

pytestmark = pytest.mark.django_db


def found(client, language: str, query: str) -> list[str]:
    return result_urls(client.get(f"/{language}/search/", {"q": query}))


@pytest.fixture
def draft(home_page, as_committed):
    page = AnnouncementPageFactory(
        publish=False, title_en="Kettle maintenance", title_ja="ケトルの保守作業", slug_en="kettle"
    )
    page.save_revision()
    as_committed()
    return AnnouncementPage.objects.get(pk=page.pk)


def test_publishing_adds_it_in_both_languages(client, draft, django_capture_on_commit_callbacks):
    assert found(client, "en", "kettle") == []

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()

    assert SideEffect.objects.filter(kind=REINDEX_SEARCH, status=SideEffect.Status.DONE).exists()
    assert found(client, "en", "kettle") == ["/en/kettle/"]
    assert found(client, "ja", "保守") == ["/ja/kettle/"]


def test_unpublishing_and_deleting_remove_it(client, draft, django_capture_on_commit_callbacks, as_committed):
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    as_committed()
    page = AnnouncementPage.objects.get(pk=draft.pk)

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert found(client, "en", "kettle") == []
    as_committed()

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found(client, "en", "kettle") == ["/en/kettle/"]
    as_committed()

    with django_capture_on_commit_callbacks(execute=True):
        AnnouncementPage.objects.get(pk=draft.pk).delete()
    assert found(client, "ja", "ケトル") == []


def test_publishing_an_announcement_reindexes_that_page_alone(
    client, draft, django_capture_on_commit_callbacks, as_committed
):
    """At a thousand announcements a whole rebuild took seconds of a worker's time for
    one page: only the page that changed is reindexed, the other documents stay as
    they are (same rows)."""
    other = AnnouncementPageFactory(title_en="Teapot care", title_ja="急須の手入れ", slug_en="teapot")
    rebuild_search_index()
    as_committed()
    others_before = set(SearchDocument.objects.exclude(object_id=draft.pk).values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()

    [effect] = SideEffect.objects.filter(kind=REINDEX_SEARCH, source__contains=f" {draft.pk} published")
    assert effect.payload["announcements"] == [draft.pk]
    assert set(SearchDocument.objects.exclude(object_id=draft.pk).values_list("pk", flat=True)) == others_before
    assert found(client, "en", "kettle") == ["/en/kettle/"]
    assert found(client, "ja", "急須") == [f"/ja/{other.slug_en}/"]


def test_another_change_in_the_same_transaction_rebuilds_the_whole_index(
    draft, django_capture_on_commit_callbacks, as_committed
):
    topic = TopicFactory()
    as_committed()

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        draft.get_latest_revision().publish()
        topic.name_en = "Renamed"
        topic.save()  # a snippet: may change what any item shows

    [effect] = SideEffect.objects.filter(kind=REINDEX_SEARCH, source__contains=f" {draft.pk} published")
    assert "announcements" not in effect.payload


def test_announcements_of_one_date_come_newest_first(home_page, django_capture_on_commit_callbacks, as_committed):
    as_committed()
    with django_capture_on_commit_callbacks(execute=True):
        older, newer, newest = (
            AnnouncementPageFactory(title_en="Kettle news", summary_en="Kettle.", slug_en=slug, date=date, body=[])
            for slug, date in (("older", datetime.date(2030, 1, 1)), ("newer", datetime.date(2030, 1, 1)),
                               ("newest", datetime.date(2031, 1, 1)))
        )  # fmt: skip

    hits = [(document.score, document.object_id) for document in search(["kettle"], language="en")]
    assert len({score for score, _page in hits}) == 1, "the same score, so the order is the site's"
    assert [page for _score, page in hits] == [newest.pk, newer.pk, older.pk]
