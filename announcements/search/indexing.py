"""Keeping the index in step with what the public may see.

The index is rebuilt whole from the public selector: a publish, unpublish, delete or
snippet change can add, remove or reword items anywhere (a license rename changes
every clause's label), and a whole rebuild is correct whatever changed. It runs as a
publishing side effect, after the change commits.
"""

from django.db import transaction

from .documents import all_documents
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
