"""Performing one side effect exactly once, however often it is delivered."""

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from .effects import HANDLERS
from .models import SideEffect

Status = SideEffect.Status


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
    if not connection.features.has_select_for_update:
        return _perform_without_row_locks(side_effect_id)
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


def _perform_without_row_locks(side_effect_id: int) -> str:
    """SQLite (`make run`): a transaction there locks the whole database for writing, so
    holding one while a handler renders feeds or rebuilds the search index would make every
    editor's save wait for it. The handler runs outside any transaction instead (its own
    writes take their own short ones) and the effect is marked done after it. A duplicate
    delivery at the very same moment could perform it twice, which handlers allow."""
    effect = SideEffect.objects.filter(pk=side_effect_id).first()
    if effect is None:
        return PerformOutcome.MISSING
    if effect.status == Status.DONE:
        return PerformOutcome.ALREADY_DONE
    HANDLERS[effect.kind](effect.payload)
    marked = (
        SideEffect.objects.filter(pk=side_effect_id)
        .exclude(status=Status.DONE)
        .update(status=Status.DONE, attempts=F("attempts") + 1, completed_at=timezone.now(), last_error="")
    )
    return PerformOutcome.DONE if marked else PerformOutcome.ALREADY_DONE


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
