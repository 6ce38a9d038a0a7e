"""Recording side effects in the same transaction as the change they follow.

Once the transaction commits, the batch is handed to Celery (``tasks.dispatch``);
``performing`` carries each effect out exactly once however often it is delivered.
"""

import logging
import uuid
from collections.abc import Iterable

from django.db import transaction

from .models import SideEffect
from .tasks import dispatch

logger = logging.getLogger(__name__)
Status = SideEffect.Status


class _Batch:
    """The effects recorded in one transaction, sent together once it commits.

    A single admin save can touch many rows (a license version and each of its
    clauses); they share one set of effects instead of one set per row.
    """

    def __init__(self):
        self.effects: dict[str, SideEffect] = {}

    def add(self, kinds: Iterable[str], source: str, payload: dict) -> list[SideEffect]:
        event = uuid.uuid4().hex
        new = [
            SideEffect(kind=kind, source=source[:200], payload=payload, idempotency_key=f"{event}:{kind}")
            for kind in kinds
            if kind not in self.effects
        ]
        for effect in SideEffect.objects.bulk_create(new):
            self.effects[effect.kind] = effect
        self._merge_urls(payload.get("urls") or [])
        return list(self.effects.values())

    def _merge_urls(self, urls: list[str]) -> None:
        for effect in self.effects.values():
            known = effect.payload.get("urls") or []
            merged = known + [url for url in urls if url not in known]
            if merged != known:
                effect.payload = {**effect.payload, "urls": merged}
                effect.save(update_fields=["payload"])

    def send(self) -> None:
        dispatch([effect.pk for effect in self.effects.values()])


def _open_batch() -> _Batch | None:
    """The batch already waiting for the current transaction to commit, if any."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(getattr(callback, "__self__", None), _Batch):
            return callback.__self__
    return None


def record_side_effects(*, kinds: Iterable[str], source: str, payload: dict | None = None) -> list[SideEffect]:
    """Write the effects in the caller's transaction; send them once it commits."""
    batch = _open_batch()
    if batch is None:
        batch = _Batch()
        effects = batch.add(kinds, source, payload or {})
        transaction.on_commit(batch.send)
        return effects
    return batch.add(kinds, source, payload or {})
