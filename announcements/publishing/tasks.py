"""Handing side effects to Celery, and the Celery tasks themselves.

Tasks take ids, are idempotent, and retry with backoff and jitter. ``dispatch``
sends recorded effects after their transaction commits; ``sweep`` (Celery beat,
every minute) sends again what the broker never got or no worker finished.
Without a broker (`make run`) tasks run in-process: only what readers need at once
runs before the response; the rest runs after it (``after_response``).
"""

import logging
import random
from collections.abc import Iterable
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import performing
from .after_response import run_after_response
from .effects import AT_COMMIT
from .models import SideEffect

logger = logging.getLogger(__name__)
Status = SideEffect.Status


def backoff_seconds(retries: int) -> float:
    """Exponential backoff with full jitter, capped."""
    ceiling = min(settings.PUBLISHING_RETRY_BACKOFF_MAX, settings.PUBLISHING_RETRY_BACKOFF_BASE * 2**retries)
    return random.uniform(0, ceiling)


# Late acknowledgement is safe here because performing is idempotent: a message
# redelivered after a worker died is performed at most once more, and only if
# the first attempt did not finish.
@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None)
def perform_side_effect(self, side_effect_id: int) -> str:
    try:
        return performing.perform(side_effect_id)
    except Exception as error:
        # Run in-process (make run) there is no worker to retry later: record the
        # failure at once; the admin's side-effects screen offers a retry.
        final = self.request.is_eager or self.request.retries >= settings.PUBLISHING_MAX_RETRIES
        performing.record_failure(side_effect_id, error, final=final)
        if final:
            logger.error("Side effect %s failed for good: %s", side_effect_id, error)
            return "failed"
        logger.warning(
            "Side effect %s failed (attempt %s), retrying: %s", side_effect_id, self.request.retries + 1, error
        )
        raise self.retry(exc=error, countdown=backoff_seconds(self.request.retries)) from error


@shared_task(acks_late=True)
def sweep_outbox() -> int:
    """Send again what the broker never got or no worker finished (Celery beat, every minute)."""
    return sweep()


@shared_task
def publish_scheduled_pages() -> None:
    """Wagtail's scheduled publishing and expiry (Celery beat, every minute)."""
    call_command("publish_scheduled")


def dispatch(ids: Iterable[int]) -> int:
    """Hand pending effects to the broker; returns how many were sent.

    Each effect is marked sent before it is handed over (so a worker never finds it
    still pending, and two dispatchers never send it twice). If the broker cannot be
    reached, the effect goes back to pending and the rest stay pending: the sweeper
    sends them later, and the publish that recorded them is not held up by a broker
    that is down.
    """
    ids = list(ids)
    kinds = dict(SideEffect.objects.filter(pk__in=ids).values_list("pk", "kind"))
    sent, after_response = 0, []
    for pk in ids:
        claimed = SideEffect.objects.filter(pk=pk, status=Status.PENDING).update(
            status=Status.SENT, dispatched_at=timezone.now()
        )
        if not claimed:
            continue  # done, failed, or already sent by another dispatcher
        if settings.CELERY_TASK_ALWAYS_EAGER and kinds.get(pk) not in AT_COMMIT:
            after_response.append(pk)
            sent += 1
            continue
        try:
            perform_side_effect.apply_async(args=[pk], **settings.PUBLISHING_DISPATCH_OPTIONS)
        except Exception as error:  # kombu raises several types for an unreachable broker
            SideEffect.objects.filter(pk=pk, status=Status.SENT).update(status=Status.PENDING, dispatched_at=None)
            logger.warning("Broker unavailable; side effect %s stays pending for the sweeper: %s", pk, error)
            break
        sent += 1
    if after_response:
        run_after_response(perform_in_process, after_response)
    return sent


def perform_at_commit(side_effect_id: int) -> None:
    """Perform an effect in this process as its change commits (``effects.AT_COMMIT``). A
    failure is recorded and the effect stays pending, so ``dispatch`` sends it on."""
    try:
        performing.perform(side_effect_id)
    except Exception as error:
        performing.record_failure(side_effect_id, error, final=False)
        logger.warning("Side effect %s failed at commit, left to the workers: %s", side_effect_id, error)


def perform_in_process(ids: list[int]) -> None:
    """Perform effects one after another in this process, as a worker would (``make run``)."""
    for pk in ids:
        perform_side_effect.apply(args=[pk])


def _back_to_pending(effects) -> list[int]:
    """Mark effects pending again, skipping any a worker is performing right now."""
    with transaction.atomic():
        ids = list(effects.select_for_update(skip_locked=True).exclude(status=Status.DONE).values_list("pk", flat=True))
        SideEffect.objects.filter(pk__in=ids).update(status=Status.PENDING, dispatched_at=None)
    return ids


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
