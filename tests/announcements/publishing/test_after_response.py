"""Without a broker (`make run`), the editor's click does not wait for side effects that can
follow the response: only the retirement of cached pages and feeds happens before it."""

import threading
from contextlib import contextmanager

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from announcements.cache_keys import content_generation
from announcements.factories import AnnouncementPageFactory
from announcements.publishing.after_response import run_after_response, wait_until_idle
from announcements.publishing.effects import INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES
from announcements.publishing.models import SideEffect
from tests.admin_forms import edit_form_data

Status = SideEffect.Status


@contextmanager
def a_request():
    """Django's request signals around the block, as a WSGI server sends them (the test
    client leaves the database connection alone the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        request_started.send(sender=None, environ={})
        yield
        request_finished.send(sender=None)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def statuses() -> dict[str, str]:
    return dict(SideEffect.objects.values_list("kind", "status"))


# The background thread of `make run` (no database: a test's transaction is invisible to it)


def test_work_handed_over_inside_a_request_waits_for_its_response(settings):
    settings.PUBLISHING_AFTER_RESPONSE = "thread"
    ran_on = []

    with a_request():
        run_after_response(lambda: ran_on.append(threading.current_thread().name))
        assert wait_until_idle(timeout=5)
        assert ran_on == []  # nothing runs while the request is still answering
    assert wait_until_idle(timeout=5)

    assert len(ran_on) == 1
    assert ran_on[0] != threading.current_thread().name  # nor on the request's thread


def test_work_handed_over_outside_a_request_starts_at_once_on_the_background_thread(settings):
    settings.PUBLISHING_AFTER_RESPONSE = "thread"
    release, ran = threading.Event(), threading.Event()

    def job():
        release.wait(timeout=10)
        ran.set()

    run_after_response(job)
    assert not wait_until_idle(timeout=0)  # still running: the caller was not held up

    release.set()
    assert wait_until_idle(timeout=10)
    assert ran.is_set()


def test_a_failing_job_does_not_stop_the_next(settings):
    settings.PUBLISHING_AFTER_RESPONSE = "thread"
    ran = []

    def fails():
        raise RuntimeError("the hub is down")

    run_after_response(fails)
    run_after_response(ran.append, "next")

    assert wait_until_idle(timeout=10)
    assert ran == ["next"]


# What publishing does before and after the response


@pytest.fixture
def notice(home_page, as_committed):
    notice = AnnouncementPageFactory()
    as_committed()
    return notice


@pytest.mark.django_db
def test_only_the_cache_retirement_happens_before_the_response(notice, django_capture_on_commit_callbacks):
    generation = content_generation()

    with a_request():
        with django_capture_on_commit_callbacks(execute=True):
            notice.save_revision().publish()
        # The response is being written: readers already get the new page and feeds...
        assert content_generation() > generation
        # ...while the warm-ups and search index wait for the response to be sent.
        assert statuses() == {
            INVALIDATE_CACHES: Status.DONE,
            WARM_FEEDS: Status.SENT,
            WARM_PAGES: Status.SENT,
            REINDEX_SEARCH: Status.SENT,
        }

    assert statuses() == {
        INVALIDATE_CACHES: Status.DONE,
        WARM_FEEDS: Status.DONE,
        WARM_PAGES: Status.DONE,
        REINDEX_SEARCH: Status.DONE,
    }


@pytest.mark.django_db
def test_with_a_broker_the_invalidation_is_done_at_commit_and_the_rest_goes_to_the_workers(
    notice, django_capture_on_commit_callbacks, settings
):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    sent = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            "announcements.publishing.tasks.perform_side_effect.apply_async", lambda args, **options: sent.append(args)
        )
        with a_request(), django_capture_on_commit_callbacks(execute=True):
            notice.save_revision().publish()

    assert len(sent) == 3
    assert statuses() == {
        INVALIDATE_CACHES: Status.DONE,  # before anything was sent: no warm-up can precede it
        WARM_FEEDS: Status.SENT,
        WARM_PAGES: Status.SENT,
        REINDEX_SEARCH: Status.SENT,
    }


@pytest.mark.django_db
def test_publishing_in_the_admin_performs_every_effect_once(
    notice, superuser_client, django_capture_on_commit_callbacks
):
    """Through the real edit view, with the notice's full edit form."""
    generation = content_generation()
    data = {**edit_form_data(superuser_client, notice), "title_en": "SD3: a corrected title", "title_ja": "SD3：訂正"}

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(f"/admin/pages/{notice.pk}/edit/", {**data, "action-publish": "publish"})

    assert response.status_code == 302
    assert content_generation() > generation  # the cached pages and feeds are retired
    assert statuses() == {
        INVALIDATE_CACHES: Status.DONE,
        WARM_FEEDS: Status.DONE,
        WARM_PAGES: Status.DONE,
        REINDEX_SEARCH: Status.DONE,
    }
    assert SideEffect.objects.get(kind=WARM_FEEDS).attempts == 1
