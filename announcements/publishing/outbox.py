"""Recording side effects in the same transaction as the change they follow.

Once the transaction commits, the cache invalidation is performed there and then
(``effects.AT_COMMIT``) and the rest of the batch is handed to Celery (``tasks.dispatch``);
``performing`` carries each effect out exactly once however often it is delivered.
"""

import logging
import uuid
from collections.abc import Iterable

from django.db import transaction

from .effects import AT_COMMIT
from .models import SideEffect
from .tasks import dispatch, perform_at_commit

logger = logging.getLogger(__name__)
Status = SideEffect.Status


def merged_payload(known: dict, more: dict) -> dict:
    """One payload for two changes made in one transaction: the URLs and pages of both
    (for the CDN purge and the warm-up); the announcements of both only if each change
    concerned announcements alone (a search update limited to them), otherwise none (the
    whole index)."""
    merged = {**known}
    urls = list(known.get("urls") or [])
    urls += [url for url in more.get("urls") or [] if url not in urls]
    if urls:
        merged["urls"] = urls
    pages = sorted(set(known.get("pages") or []) | set(more.get("pages") or []))
    if pages:
        merged["pages"] = pages
    if "announcements" in known and "announcements" in more:
        merged["announcements"] = sorted(set(known["announcements"]) | set(more["announcements"]))
    else:
        merged.pop("announcements", None)
    return merged


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
        just_made = {id(effect) for effect in new}
        for effect in self.effects.values():
            if id(effect) not in just_made:
                merged = merged_payload(effect.payload, payload)
                if merged != effect.payload:
                    effect.payload = merged
                    effect.save(update_fields=["payload"])
        return list(self.effects.values())

    def send(self) -> None:
        for effect in self.effects.values():
            if effect.kind in AT_COMMIT:
                perform_at_commit(effect.pk)
        dispatch([effect.pk for effect in self.effects.values()])  # what is still pending


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
