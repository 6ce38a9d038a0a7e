"""Feeds are cached, and every feed (both languages, all topics) changes the moment
an editor publishes, edits, unpublishes or deletes an announcement."""

import datetime

import pytest
from django.utils import timezone
from django.utils.http import parse_http_date

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage

from .conftest import FORMATS

pytestmark = pytest.mark.django_db


def affected_urls() -> list[str]:
    urls = []
    for language in ("en", "ja"):
        urls += [f"/{language}/feeds/{name}/" for name in FORMATS]
        urls += [f"/{language}/feeds/topics/licensing/{name}/" for name in FORMATS]
    return urls


def feeds(client) -> dict[str, str]:
    return {url: client.get(url).content.decode() for url in affected_urls()}


@pytest.fixture
def draft(notice, licensing_topic, as_committed):
    """A draft filed under Licensing, its latest revision ready to publish."""
    page = AnnouncementPageFactory(publish=False, resolved=1, topics=[licensing_topic])
    page.title_en, page.title_ja = "Maintenance window", "メンテナンスのお知らせ"
    page.save_revision()
    as_committed()
    return AnnouncementPage.objects.get(pk=page.pk)


def test_feeds_are_served_from_the_cache(client, notice):
    before = feeds(client)
    AnnouncementPage.objects.filter(pk=notice.pk).update(title_en="Changed behind the cache's back")

    assert feeds(client) == before


def test_publishing_adds_the_announcement_to_every_feed(client, draft, django_capture_on_commit_callbacks):
    before = feeds(client)
    assert not any("メンテナンスのお知らせ" in body or "Maintenance window" in body for body in before.values())

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()

    for url, body in feeds(client).items():
        assert ("メンテナンスのお知らせ" if url.startswith("/ja/") else "Maintenance window") in body, url


def test_editing_a_live_announcement_changes_every_feed(client, notice, django_capture_on_commit_callbacks):
    feeds(client)
    notice.title_en, notice.title_ja = "SD3: corrected title", "SD3：訂正したタイトル"

    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()

    for url, body in feeds(client).items():
        assert ("SD3：訂正したタイトル" if url.startswith("/ja/") else "SD3: corrected title") in body, url


def test_unpublishing_removes_the_announcement_from_every_feed(client, notice, django_capture_on_commit_callbacks):
    feeds(client)

    with django_capture_on_commit_callbacks(execute=True):
        notice.unpublish()

    for url, body in feeds(client).items():
        assert notice.slug_en not in body, url


def test_deleting_removes_the_announcement_from_every_feed(client, notice, django_capture_on_commit_callbacks):
    feeds(client)

    with django_capture_on_commit_callbacks(execute=True):
        AnnouncementPage.objects.get(pk=notice.pk).delete()

    for url, body in feeds(client).items():
        assert notice.slug_en not in body, url


def test_a_conditional_get_after_publishing_gets_the_new_feed(client, draft, django_capture_on_commit_callbacks):
    etag = client.get("/ja/feeds/atom/")["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    response = client.get("/ja/feeds/atom/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_reader_who_only_sends_if_modified_since_sees_a_removal(
    client, notice, as_committed, django_capture_on_commit_callbacks
):
    older = AnnouncementPageFactory(date=notice.date.replace(year=2020))  # an older announcement that stays
    last_year = timezone.now() - datetime.timedelta(days=365)
    AnnouncementPage.objects.filter(pk__in=[notice.pk, older.pk]).update(
        first_published_at=last_year, last_published_at=last_year
    )  # both published long before the reader's copy, which Last-Modified dates to the second
    as_committed()
    last_modified = client.get("/en/feeds/rss/")["Last-Modified"]

    with django_capture_on_commit_callbacks(execute=True):
        notice.unpublish()
    response = client.get("/en/feeds/rss/", headers={"if-modified-since": last_modified})

    assert response.status_code == 200
    assert notice.slug_en not in response.content.decode()


def test_a_removal_moves_last_modified_past_the_readers_copy_without_the_clock(
    client, notice, as_committed, django_capture_on_commit_callbacks
):
    """The newest item removed, the newest remaining one is older than the reader's copy:
    Last-Modified moves one second past the previous one, whatever the time is."""
    newest = AnnouncementPageFactory()  # published now: Last-Modified is this second
    as_committed()
    last_modified = client.get("/en/feeds/rss/")["Last-Modified"]

    with django_capture_on_commit_callbacks(execute=True):
        newest.unpublish()
    response = client.get("/en/feeds/rss/", headers={"if-modified-since": last_modified})

    assert response.status_code == 200
    assert parse_http_date(response["Last-Modified"]) == parse_http_date(last_modified) + 1
