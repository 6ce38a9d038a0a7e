"""A worker app whose cache invalidation pauses first, so a test can kill it mid-task.

Started with ``celery -A tests.announcements.publishing.slow_worker worker``; the
pause happens before the effect, and a marker file says the task has begun.
"""

import os
import time
from pathlib import Path

import django

django.setup()

from announcements.publishing import effects  # noqa: E402
from site_config.celery import app  # noqa: E402

original = effects.HANDLERS[effects.INVALIDATE_CACHES]


def slow_invalidate_caches(payload: dict) -> None:
    Path(os.environ["SLOW_TASK_MARKER"]).write_text("started")
    time.sleep(float(os.environ.get("SLOW_TASK_SECONDS", "30")))
    original(payload)


effects.HANDLERS[effects.INVALIDATE_CACHES] = slow_invalidate_caches

__all__ = ["app"]
