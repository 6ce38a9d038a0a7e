"""Publishing against a real Redis broker and real Celery worker processes."""

import signal
from io import StringIO

import pytest
from django.core.management import call_command

from announcements.cache_keys import content_generation
from announcements.models import AnnouncementPage
from announcements.publishing.effects import INVALIDATE_CACHES, WARM_FEEDS, WARM_PAGES, kinds_for_public_change
from announcements.publishing.models import SideEffect

from .processes import RedisServer, celery_worker, django_env, run_django, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
Status = SideEffect.Status

PUBLISH_EDIT = """
from announcements.models import AnnouncementPage
page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
page.title_en = "SD3 is back: an edited headline"
page.title_ja = "SD3が戻りました（見出しを修正）"
page.save_revision().publish()
"""


@pytest.fixture
def seeded():
    """Transactional tests start from an empty database; load the notice as make run does."""
    call_command("load_sd3_notice", stdout=StringIO())
    SideEffect.objects.all().delete()
    return AnnouncementPage.objects.get(slug_en="sd3-un-banned")


@pytest.fixture
def broker():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


def statuses() -> set[str]:
    return set(SideEffect.objects.values_list("status", flat=True))


def all_done() -> bool:
    return SideEffect.objects.exists() and statuses() == {Status.DONE}


def test_a_worker_performs_the_effects_of_a_publish(seeded, broker):
    generation = content_generation()
    env = django_env(broker.url)

    with celery_worker(env):
        result = run_django(PUBLISH_EDIT, env)
        assert result.returncode == 0, result.stderr
        wait_until(all_done, timeout=30, what="the worker to perform every side effect")

    # Twice with the change itself: as it begins, and the outbox's invalidation as it commits.
    assert content_generation() == generation + 2
    assert set(SideEffect.objects.values_list("attempts", flat=True)) == {1}
    # Done before any warm-up was sent, so no warm-up's entries were retired after it.
    finished = dict(SideEffect.objects.values_list("kind", "completed_at"))
    assert finished[INVALIDATE_CACHES] < min(finished[WARM_FEEDS], finished[WARM_PAGES])


def test_with_the_broker_down_publishing_succeeds_and_nothing_is_lost(seeded, broker):
    """How long such a publish takes is a figure `make bench` prints (benchmarks.publish_latency,
    broker down); here the publish must simply finish (a hang fails the subprocess's timeout)."""
    generation = content_generation()
    env = django_env(broker.url, PUBLISHING_RESEND_PENDING_AFTER="0")
    broker.stop()

    result = run_django(PUBLISH_EDIT, env, timeout=30)

    assert result.returncode == 0, result.stderr
    # Cached copies retired with the broker down, as the change began and as it committed.
    assert dict(SideEffect.objects.values_list("kind", "status")) == {
        kind: Status.DONE if kind == INVALIDATE_CACHES else Status.PENDING for kind in kinds_for_public_change()
    }
    assert AnnouncementPage.objects.get(pk=seeded.pk).title_en == "SD3 is back: an edited headline"
    assert content_generation() == generation + 2

    broker.start()
    with celery_worker(env):
        swept = run_django("from announcements.publishing.tasks import sweep\nprint(sweep())", env)
        assert swept.returncode == 0, swept.stderr
        assert swept.stdout.strip() == str(len(kinds_for_public_change()) - 1)  # all but the invalidation
        wait_until(all_done, timeout=30, what="the swept side effects to be performed")

    assert content_generation() == generation + 2  # nothing left to retire


def test_a_task_killed_mid_way_is_redelivered_and_performed_once(seeded, broker, tmp_path):
    effect = SideEffect.objects.create(kind="invalidate_caches", idempotency_key="kill-test", source="test")
    generation = content_generation()
    marker = tmp_path / "started"
    env = django_env(broker.url, CELERY_VISIBILITY_TIMEOUT="2")
    slow_env = {**env, "SLOW_TASK_MARKER": str(marker), "SLOW_TASK_SECONDS": "60"}
    sweep_env = {**env, "PUBLISHING_RESEND_SENT_AFTER": "0"}

    with celery_worker(slow_env, app="tests.announcements.publishing.slow_worker") as worker:
        sent = run_django(f"from announcements.publishing.tasks import dispatch\nprint(dispatch([{effect.pk}]))", env)
        assert sent.returncode == 0, sent.stderr
        wait_until(marker.exists, timeout=30, what="the slow task to start")
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)

    effect.refresh_from_db()
    assert effect.status == Status.SENT  # the dead worker's transaction was rolled back
    assert content_generation() == generation

    # Redelivery: Redis hands the unacknowledged message out again once its visibility
    # timeout passes, and beat's sweeper re-sends effects left sent-but-unfinished.
    # Whichever arrives first performs the effect; the other finds it done.
    with celery_worker(env):
        swept = run_django("from announcements.publishing.tasks import sweep\nprint(sweep())", sweep_env)
        assert swept.returncode == 0, swept.stderr
        wait_until(all_done, timeout=30, what="the redelivered task to be performed")

    effect.refresh_from_db()
    assert effect.attempts == 1
    assert content_generation() == generation + 1


def test_a_message_delivered_twice_has_one_effect(seeded, broker):
    effect = SideEffect.objects.create(kind="invalidate_caches", idempotency_key="twice", source="test")
    generation = content_generation()
    env = django_env(broker.url)

    with celery_worker(env) as worker:
        code = "from announcements.publishing.tasks import perform_side_effect\n" + (
            f"perform_side_effect.delay({effect.pk})\n" * 2
        )
        result = run_django(code, env)
        assert result.returncode == 0, result.stderr
        wait_until(all_done, timeout=30, what="the effect to be performed")
        wait_until(lambda: worker.log_path.read_text().count("succeeded") >= 2, timeout=30, what="both deliveries")

    assert content_generation() == generation + 1
    assert "already done" in worker.log_path.read_text()
