"""Celery tasks. They take ids, are idempotent, and retry with backoff and jitter."""

import logging
import random

from celery import shared_task
from django.conf import settings
from django.core.management import call_command

from . import outbox

logger = logging.getLogger(__name__)


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
        return outbox.perform(side_effect_id)
    except Exception as error:
        # Run in-process (make run) there is no worker to retry later: record the
        # failure at once; the admin's side-effects screen offers a retry.
        final = self.request.is_eager or self.request.retries >= settings.PUBLISHING_MAX_RETRIES
        outbox.record_failure(side_effect_id, error, final=final)
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
    return outbox.sweep()


@shared_task
def publish_scheduled_pages() -> None:
    """Wagtail's scheduled publishing and expiry (Celery beat, every minute)."""
    call_command("publish_scheduled")
