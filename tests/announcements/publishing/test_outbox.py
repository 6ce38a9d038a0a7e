import pytest
from celery.exceptions import Retry
from django.db import transaction
from kombu.exceptions import OperationalError

from announcements.cache_keys import content_generation
from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.publishing import tasks
from announcements.publishing.effects import HANDLERS, INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES
from announcements.publishing.models import SideEffect
from announcements.publishing.tasks import perform_side_effect
from licenses.factories import LicenseVersionFactory

pytestmark = pytest.mark.django_db
Status = SideEffect.Status


@pytest.fixture
def notice(home_page, as_committed):
    """A published announcement; the outbox starts empty after it."""
    notice = AnnouncementPageFactory()
    as_committed()
    return notice


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Each test runs inside a transaction: run what would happen on commit at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def statuses() -> dict[str, str]:
    return dict(SideEffect.objects.values_list("kind", "status"))


def recorded_kinds():
    return sorted(SideEffect.objects.values_list("kind", flat=True))


def test_publishing_records_and_performs_each_effect_once(notice, committed):
    generation = content_generation()

    with committed():
        notice.save_revision().publish()

    assert recorded_kinds() == [INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES]
    assert set(SideEffect.objects.values_list("status", flat=True)) == {Status.DONE}
    assert content_generation() > generation


@pytest.mark.parametrize(
    ("event", "change"),
    [
        ("published", lambda page: page.save_revision().publish()),
        ("unpublished", lambda page: page.unpublish()),
        ("deleted", lambda page: page.delete()),
    ],
)
def test_every_public_change_of_a_page_invalidates_caches(notice, committed, event, change):
    generation = content_generation()

    with committed():
        change(notice)

    # Deleting a live page unpublishes it first; one transaction records one set of effects.
    sources = set(SideEffect.objects.values_list("source", flat=True))
    assert sources <= {f"announcements.announcementpage {notice.pk} {name}" for name in (event, "unpublished")}
    assert recorded_kinds() == [INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES]
    assert content_generation() > generation


def test_saving_a_draft_records_nothing(notice, committed):
    notice.title_en = "A draft title"

    with committed():
        notice.save_revision()

    assert not SideEffect.objects.exists()


def test_editing_an_faq_invalidates_caches(committed, as_committed):
    faq = FAQFactory()
    as_committed()
    generation = content_generation()

    with committed():
        faq.question_en = "Can I still upload SD3 models?"
        faq.save()

    assert recorded_kinds() == [INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES]
    assert content_generation() > generation


def test_one_transaction_records_one_set_of_effects(committed, as_committed):
    version = LicenseVersionFactory(clauses=["derivative-works", "revocation"])
    as_committed()

    with committed(), transaction.atomic():
        version.save()
        for clause in version.clauses.all():
            clause.save()

    assert recorded_kinds() == [INVALIDATE_CACHES, REINDEX_SEARCH, WARM_FEEDS, WARM_PAGES]


def test_a_rolled_back_change_records_and_sends_nothing(notice, committed):
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        notice.save_revision().publish()
        raise RuntimeError("the request failed after publishing")

    assert not SideEffect.objects.exists()
    # The generation may have moved (cached copies are retired as the change begins):
    # a rolled-back change costs a cache miss, never stale content.


def test_a_duplicate_delivery_performs_the_effect_once(notice):
    effect = SideEffect.objects.create(kind=INVALIDATE_CACHES, idempotency_key="dup", source="test")
    generation = content_generation()

    first = perform_side_effect.apply(args=[effect.pk]).get()
    second = perform_side_effect.apply(args=[effect.pk]).get()

    assert (first, second) == ("done", "already done")
    assert content_generation() == generation + 1  # the backstop bumps once per effect
    effect.refresh_from_db()
    assert effect.attempts == 1


def test_with_the_broker_down_publishing_succeeds_and_the_sweeper_delivers_later(
    notice, committed, monkeypatch, settings
):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6399. Connection refused.")

    generation = content_generation()
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured, and down
    with monkeypatch.context() as patch, committed():
        patch.setattr(perform_side_effect, "apply_async", broker_down)
        notice.save_revision().publish()

    # Cached copies are retired with the change itself and as it commits, whatever the
    # broker's state; the rest waits for it.
    assert statuses() == {INVALIDATE_CACHES: Status.DONE, WARM_FEEDS: Status.PENDING, WARM_PAGES: Status.PENDING,
                          REINDEX_SEARCH: Status.PENDING}  # fmt: skip
    assert content_generation() > generation

    settings.PUBLISHING_RESEND_PENDING_AFTER = 0
    settings.CELERY_TASK_ALWAYS_EAGER = True  # back up: performed here, as a worker would
    delivered = tasks.sweep()

    assert delivered == 3  # feeds, pages and search
    assert set(SideEffect.objects.values_list("status", flat=True)) == {Status.DONE}
    assert tasks.sweep() == 0


def test_with_the_cache_unreachable_at_commit_the_invalidation_goes_to_the_workers(
    notice, committed, monkeypatch, settings
):
    def cache_down():
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    settings.CELERY_TASK_ALWAYS_EAGER = False
    sent = []
    with monkeypatch.context() as patch, committed():
        patch.setattr("announcements.response_cache.bump_content_generation", cache_down)
        patch.setattr("announcements.cache_keys.bump_content_generation", cache_down)
        patch.setattr(perform_side_effect, "apply_async", lambda args, **options: sent.append(*args))
        notice.save_revision().publish()

    invalidation = SideEffect.objects.get(kind=INVALIDATE_CACHES)
    assert invalidation.pk in sent
    assert (invalidation.status, invalidation.attempts) == (Status.SENT, 1)
    assert "Connection refused" in invalidation.last_error

    generation = content_generation()
    perform_side_effect.apply(args=[invalidation.pk])  # a worker, once the cache answers again

    invalidation.refresh_from_db()
    assert invalidation.status == Status.DONE
    assert content_generation() > generation


def test_the_sweeper_leaves_recent_effects_to_their_first_delivery(settings):
    SideEffect.objects.create(kind=INVALIDATE_CACHES, idempotency_key="fresh", source="test")
    settings.PUBLISHING_RESEND_PENDING_AFTER = 60

    assert tasks.sweep() == 0


@pytest.fixture
def unreachable_hub(monkeypatch):
    calls = []

    def ping(payload):
        calls.append(payload)
        raise ConnectionError("hub.example.org refused the connection")

    monkeypatch.setitem(HANDLERS, "ping_websub", ping)
    return calls


def run_as_worker(effect_id: int, *, retries: int):
    """Run the task body as a worker would on its n-th delivery (not eagerly)."""
    perform_side_effect.push_request(
        retries=retries, is_eager=False, called_directly=False, id=f"test-{retries}", args=[effect_id], kwargs={}
    )
    try:
        return perform_side_effect.run(effect_id)
    finally:
        perform_side_effect.pop_request()


def test_a_failing_effect_is_retried_with_its_error_recorded(unreachable_hub, settings, monkeypatch):
    settings.PUBLISHING_MAX_RETRIES = 2
    effect = SideEffect.objects.create(kind="ping_websub", idempotency_key="hub", source="test")
    scheduled = []
    monkeypatch.setattr(perform_side_effect, "apply_async", lambda *args, **options: scheduled.append(options))

    with pytest.raises(Retry):
        run_as_worker(effect.pk, retries=0)

    assert len(scheduled) == 1
    assert 0 <= scheduled[0]["countdown"] <= settings.PUBLISHING_RETRY_BACKOFF_BASE
    effect.refresh_from_db()
    assert effect.status == Status.PENDING
    assert effect.attempts == 1
    assert "refused the connection" in effect.last_error


def test_a_failing_effect_is_marked_failed_after_the_last_retry(unreachable_hub, settings):
    settings.PUBLISHING_MAX_RETRIES = 2
    effect = SideEffect.objects.create(kind="ping_websub", idempotency_key="hub", source="test")

    assert run_as_worker(effect.pk, retries=2) == "failed"

    effect.refresh_from_db()
    assert effect.status == Status.FAILED


def test_in_process_a_failure_is_recorded_at_once_for_the_admin_to_retry(unreachable_hub):
    effect = SideEffect.objects.create(kind="ping_websub", idempotency_key="hub", source="test")

    assert perform_side_effect.apply(args=[effect.pk]).get() == "failed"

    effect.refresh_from_db()
    assert effect.status == Status.FAILED
    assert len(unreachable_hub) == 1


def test_backoff_grows_and_is_capped(settings):
    from announcements.publishing.tasks import backoff_seconds

    settings.PUBLISHING_RETRY_BACKOFF_BASE = 2
    settings.PUBLISHING_RETRY_BACKOFF_MAX = 30
    assert all(0 <= backoff_seconds(0) <= 2 for _ in range(50))
    assert all(0 <= backoff_seconds(10) <= 30 for _ in range(50))
    assert max(backoff_seconds(3) for _ in range(200)) > 2  # jittered over a wider window


def test_payloads_of_one_transaction_merge_urls_and_pages_and_keep_announcements_only_if_all_name_them():
    from announcements.publishing.outbox import merged_payload

    one = {"urls": ["https://x/en/a/"], "pages": [3], "announcements": [3]}
    two = {"urls": ["https://x/en/a/", "https://x/en/b/"], "pages": [1], "announcements": [1]}
    both = ["https://x/en/a/", "https://x/en/b/"]

    assert merged_payload(one, two) == {"urls": both, "pages": [1, 3], "announcements": [1, 3]}
    assert merged_payload(one, {}) == {"urls": ["https://x/en/a/"], "pages": [3]}  # a snippet: the whole index
    assert merged_payload({}, two) == {"urls": both, "pages": [1]}
    assert one == {"urls": ["https://x/en/a/"], "pages": [3], "announcements": [3]}  # the inputs are left alone
