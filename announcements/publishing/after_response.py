"""Work that need not hold up the editor, done once the response is on its way.

With a broker, side effects go to Celery workers and nothing here is used. Without one
(`make run`) they run in the web process; those that can wait (feed warm-up, search
index, CDN purge, pings, emails) come here. Inside a request they are kept until Django
sends ``request_finished`` (the response has been written out) and then handed to one
background thread, so the editor's click answers without waiting for them; outside a
request (scheduled publishing, management commands) they are handed over at once.
``PUBLISHING_AFTER_RESPONSE = "inline"`` runs them on the request's own thread instead,
once its response is finished: what tests need, as a test's transaction is invisible
to any other thread.

Python's thread pool finishes queued work before the interpreter exits; a process
killed half-way leaves its effects marked sent, for the outbox sweeper.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures

from asgiref.local import Local
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished, request_started
from django.db import connections

logger = logging.getLogger(__name__)
MODES = ("thread", "inline")

_request = Local()  # the jobs the current request leaves for after its response
_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_running: set[Future] = set()


def run_after_response(job: Callable[..., object], *args) -> None:
    """Run ``job(*args)`` after the current response, or at once outside a request."""
    pending = getattr(_request, "pending", None)
    if pending is not None:
        pending.append((job, args))
    else:
        _start(job, args)


def wait_until_idle(timeout: float | None = None) -> bool:
    """Block until every job handed to the background thread is finished; False on timeout."""
    while True:
        with _lock:
            running = list(_running)
        if not running:
            return True
        _done, not_done = wait_for_futures(running, timeout=timeout)
        if not_done:
            return False


def _mode() -> str:
    mode = getattr(settings, "PUBLISHING_AFTER_RESPONSE", "thread")
    if mode not in MODES:
        raise ImproperlyConfigured(f"PUBLISHING_AFTER_RESPONSE must be one of {', '.join(MODES)}, not {mode!r}.")
    return mode


def _start(job: Callable[..., object], args: tuple) -> None:
    if _mode() == "inline":
        job(*args)
        return
    global _executor
    with _lock:
        if _executor is None:
            # One thread: effects run one at a time, in the order they were recorded.
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="after-response")
        future = _executor.submit(_in_background, job, args)
        _running.add(future)
    future.add_done_callback(_forget)


def _forget(future: Future) -> None:
    with _lock:
        _running.discard(future)


def _in_background(job: Callable[..., object], args: tuple) -> None:
    try:
        job(*args)
    except Exception:  # the outbox records each effect's failure; this is anything else
        logger.exception("Work after the response failed: %s", getattr(job, "__name__", job))
    finally:
        connections.close_all()  # this thread's own connections; the next job opens its own


def _request_started(**kwargs) -> None:
    _flush()  # a request that never finished (no request_finished) must not keep its jobs
    _request.pending = []


def _request_finished(**kwargs) -> None:
    _flush()


def _flush() -> None:
    pending = getattr(_request, "pending", None)
    _request.pending = None
    for job, args in pending or ():
        _start(job, args)


def connect() -> None:
    request_started.connect(_request_started, dispatch_uid="publishing-after-response-started")
    request_finished.connect(_request_finished, dispatch_uid="publishing-after-response-finished")
