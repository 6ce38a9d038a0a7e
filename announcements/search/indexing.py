"""Keeping the index in step with what the public may see.

A change to announcements alone (published, unpublished, deleted) reindexes just those
pages: at a thousand announcements a whole rebuild takes seconds of a worker's time and
about 150 MiB more memory, for one page. Anything else (a snippet, the index or FAQ page,
a privacy change) can reword items anywhere (a license rename changes every clause's
label), so the index is rebuilt whole from the public selector, which is correct
whatever changed. Both run as publishing side effects, after the change commits.
"""

from django.db import transaction

from .documents import all_documents, documents_of_announcements
from .models import SearchDocument


def rebuild_search_index() -> int:
    """Replace the index with the public items of today; returns how many documents it holds."""
    # Built before the transaction: on SQLite a transaction locks the whole database for
    # writing, and editors' saves should not wait while the documents are put together.
    documents = all_documents()
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchDocument.objects.bulk_create(documents, batch_size=500)
    return len(documents)


def reindex_announcements(page_ids: list[int]) -> int:
    """Bring these announcements' documents in step (added, reworded or removed in each
    language); returns how many documents they now have."""
    documents = documents_of_announcements(page_ids)
    with transaction.atomic():
        SearchDocument.objects.filter(kind=SearchDocument.Kind.ANNOUNCEMENT, object_id__in=page_ids).delete()
        SearchDocument.objects.bulk_create(documents, batch_size=500)
    return len(documents)
