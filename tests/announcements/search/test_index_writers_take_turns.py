"""Two workers updating the search index at once: the one that read the site first must
not write last and put back the older wording (PostgreSQL, where workers run in parallel).

Writer A reads the announcement, then is held before it writes; meanwhile the
announcement is reworded and writer B is started for it. B must wait for A, then read the
new wording: the index ends with it. Without writers taking turns B would write at once
and A after it, leaving the old wording in the index for good.
"""

import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from announcements.models import AnnouncementPage
from announcements.search import indexing
from announcements.search.indexing import reindex_announcements
from announcements.search.models import SearchDocument

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def english_title(notice) -> str:
    return SearchDocument.objects.get(kind=SearchDocument.Kind.ANNOUNCEMENT, object_id=notice.pk, language="en").title


def b_is_done_or_waiting(b: threading.Thread) -> bool:
    if not b.is_alive():
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        return cursor.fetchone()[0] > 0


@pytest.fixture
def notice():
    """Transactional tests start from a flushed database: load the site as make run does."""
    call_command("load_sd3_notice", stdout=StringIO())
    page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    AnnouncementPage.objects.filter(pk=page.pk).update(title_en="Old wording")
    return page


def test_a_writer_that_read_first_never_writes_last(notice, monkeypatch):
    reindex_announcements([notice.pk])
    assert english_title(notice) == "Old wording"
    a_has_read, release_a = threading.Event(), threading.Event()
    build = indexing.documents_of_announcements

    def read_then_wait(page_ids):
        documents = build(page_ids)
        if threading.current_thread().name == "A":
            a_has_read.set()
            assert release_a.wait(timeout=20)
        return documents

    monkeypatch.setattr(indexing, "documents_of_announcements", read_then_wait)

    def writer():
        try:
            reindex_announcements([notice.pk])
        finally:
            connection.close()

    a, b = threading.Thread(target=writer, name="A"), threading.Thread(target=writer, name="B")
    a.start()
    assert a_has_read.wait(timeout=20)
    AnnouncementPage.objects.filter(pk=notice.pk).update(title_en="New wording")
    b.start()
    deadline = time.monotonic() + 20
    while not b_is_done_or_waiting(b) and time.monotonic() < deadline:
        time.sleep(0.01)
    release_a.set()
    a.join(timeout=20)
    b.join(timeout=20)

    assert english_title(notice) == "New wording"
