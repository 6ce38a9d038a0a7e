"""Recording side effects with a change, handing them to Celery after commit, and
performing each exactly once however often it is delivered."""

import logging
import uuid
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .effects import HANDLERS
from .models import SideEffect

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


def dispatch(ids: Iterable[int]) -> int:
    """Hand pending effects to the broker; returns how many were sent.

    Each effect is marked sent before it is handed over (so a worker never finds it
    still pending, and two dispatchers never send it twice). If the broker cannot be
    reached, the effect goes back to pending and the rest stay pending: the sweeper
    sends them later, and the publish that recorded them is not held up by a broker
    that is down.
    """
    from .tasks import perform_side_effect

    sent = 0
    for pk in ids:
        claimed = SideEffect.objects.filter(pk=pk, status=Status.PENDING).update(
            status=Status.SENT, dispatched_at=timezone.now()
        )
        if not claimed:
            continue  # done, failed, or already sent by another dispatcher
        try:
            perform_side_effect.apply_async(args=[pk], **settings.PUBLISHING_DISPATCH_OPTIONS)
        except Exception as error:  # kombu raises several types for an unreachable broker
            SideEffect.objects.filter(pk=pk, status=Status.SENT).update(status=Status.PENDING, dispatched_at=None)
            logger.warning("Broker unavailable; side effect %s stays pending for the sweeper: %s", pk, error)
            return sent
        sent += 1
    return sent


def _back_to_pending(effects) -> list[int]:
    """Mark effects pending again, skipping any a worker is performing right now."""
    with transaction.atomic():
        ids = list(effects.select_for_update(skip_locked=True).exclude(status=Status.DONE).values_list("pk", flat=True))
        SideEffect.objects.filter(pk__in=ids).update(status=Status.PENDING, dispatched_at=None)
    return ids


class PerformOutcome:
    DONE = "done"
    ALREADY_DONE = "already done"
    BUSY = "being performed elsewhere"
    MISSING = "missing"


def perform(side_effect_id: int) -> str:
    """Perform one effect unless it is done already or another worker holds it.

    The row stays locked while the handler runs and is marked done in the same
    transaction: a worker that dies half-way releases the lock and leaves the effect
    undone, so the next delivery performs it; a duplicate delivery finds it done.
    """
    with transaction.atomic():
        effect = SideEffect.objects.select_for_update(skip_locked=True).filter(pk=side_effect_id).first()
        if effect is None:
            exists = SideEffect.objects.filter(pk=side_effect_id).exists()
            return PerformOutcome.BUSY if exists else PerformOutcome.MISSING
        if effect.status == Status.DONE:
            return PerformOutcome.ALREADY_DONE
        HANDLERS[effect.kind](effect.payload)
        effect.status = Status.DONE
        effect.attempts += 1
        effect.completed_at = timezone.now()
        effect.last_error = ""
        effect.save(update_fields=["status", "attempts", "completed_at", "last_error"])
    return PerformOutcome.DONE


def record_failure(side_effect_id: int, error: BaseException, *, final: bool) -> None:
    fields = {"last_error": f"{type(error).__name__}: {error}"[:2000]}
    if final:
        fields["status"] = Status.FAILED
    with transaction.atomic():
        effect = SideEffect.objects.select_for_update().get(pk=side_effect_id)
        if effect.status == Status.DONE:
            return
        effect.attempts += 1
        for name, value in fields.items():
            setattr(effect, name, value)
        effect.save(update_fields=["attempts", *fields])


def stale_effects(*, now=None):
    """Pending effects that were never sent, and sent ones no worker finished in time."""
    now = now or timezone.now()
    pending_cutoff = now - timedelta(seconds=settings.PUBLISHING_RESEND_PENDING_AFTER)
    sent_cutoff = now - timedelta(seconds=settings.PUBLISHING_RESEND_SENT_AFTER)
    return SideEffect.objects.filter(
        Q(status=Status.PENDING, created_at__lte=pending_cutoff) | Q(status=Status.SENT, dispatched_at__lte=sent_cutoff)
    ).order_by("created_at", "pk")


def sweep(*, limit: int = 500) -> int:
    """Send again what was not delivered. Safe to run at any time: performing is idempotent."""
    stale_ids = list(stale_effects().values_list("pk", flat=True)[:limit])
    return dispatch(_back_to_pending(SideEffect.objects.filter(pk__in=stale_ids)))


def retry(ids: Iterable[int]) -> int:
    """An editor asked to try these effects again (failed ones, typically)."""
    return dispatch(_back_to_pending(SideEffect.objects.filter(pk__in=list(ids))))
