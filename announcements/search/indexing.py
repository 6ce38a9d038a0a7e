"""Keeping the index in step with what the public may see.

A change to announcements alone (published, unpublished, deleted) reindexes just those
pages: at a thousand announcements a whole rebuild takes seconds of a worker's time and
about 150 MiB more memory, for one page. Anything else (a snippet, the index or FAQ page,
a privacy change) can reword items anywhere (a license rename changes every clause's
label), so the index is rebuilt whole from the public selector, which is correct
whatever changed. Both run as publishing side effects, after the change commits.
"""

from collections.abc import Callable

from django.db import connection, transaction

from .documents import all_documents, documents_of_announcements
from .models import SearchDocument

# pg_advisory_xact_lock's key for "writing the search index" (any fixed number unique to this use).
INDEX_WRITER_LOCK = 0x5EA2C4


def rebuild_search_index() -> int:
    """Replace the index with the public items of today; returns how many documents it holds."""
    return _write(all_documents, SearchDocument.objects.all())


def reindex_announcements(page_ids: list[int]) -> int:
    """Bring these announcements' documents in step (added, reworded or removed in each
    language); returns how many documents they now have."""
    stale = SearchDocument.objects.filter(kind=SearchDocument.Kind.ANNOUNCEMENT, object_id__in=page_ids)
    return _write(lambda: documents_of_announcements(page_ids), stale)


def _write(build: Callable[[], list[SearchDocument]], replaced) -> int:
    """Replace ``replaced`` with what ``build`` reads now.

    Two workers may update the index at once (two publishes a moment apart). Each must read
    the site after the other has written, or the one that read first could write last and
    put back the older wording. On PostgreSQL, writers take turns: each waits for the
    previous one to commit before it reads anything. Elsewhere (SQLite under `make run`,
    side effects run one by one in-process) the documents are built before the
    transaction: a transaction there locks the whole database, and editors' saves should
    not wait while the documents are put together.
    """
    if connection.vendor == "postgresql":
        with transaction.atomic():
            _wait_for_other_index_writers()
            documents = build()
            _replace(replaced, documents)
    else:
        documents = build()
        with transaction.atomic():
            _replace(replaced, documents)
    return len(documents)


def _wait_for_other_index_writers() -> None:
    # The lock is released when the enclosing transaction ends, committed or not.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INDEX_WRITER_LOCK])


def _replace(replaced, documents: list[SearchDocument]) -> None:
    replaced.delete()
    SearchDocument.objects.bulk_create(documents, batch_size=500)
