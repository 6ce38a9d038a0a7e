import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from announcements.publishing.models import SideEffect
from announcements.publishing.tasks import publish_scheduled_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page, as_committed):
    notice = AnnouncementPageFactory()
    as_committed()
    return notice


def test_beat_publishes_a_scheduled_revision_and_records_its_effects(notice, django_capture_on_commit_callbacks):
    notice.title_en, notice.title_ja = "A scheduled correction", "予定された訂正"
    revision = notice.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))

    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.apply().get()

    notice = AnnouncementPage.objects.get(pk=notice.pk)
    assert notice.title_en == "A scheduled correction"
    assert notice.live_revision_id == revision.pk
    assert SideEffect.objects.filter(source__endswith="published", status=SideEffect.Status.DONE).exists()


def test_beat_unpublishes_an_expired_announcement(notice, django_capture_on_commit_callbacks):
    AnnouncementPage.objects.filter(pk=notice.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))

    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages.apply().get()

    notice = AnnouncementPage.objects.get(pk=notice.pk)
    assert not notice.live and notice.expired
    assert SideEffect.objects.filter(source__endswith="unpublished").exists()


def test_make_runs_scheduler_publishes_what_is_due(notice, django_capture_on_commit_callbacks):
    notice.title_en, notice.title_ja = "Due now", "公開の時刻です"
    notice.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once", stdout=out)

    assert AnnouncementPage.objects.get(pk=notice.pk).title_en == "Due now"
    assert "checking every 60 s" in out.getvalue()


def test_the_scheduler_refuses_a_zero_interval():
    with pytest.raises(CommandError, match="at least 1 second"):
        call_command("run_scheduler", "--interval", "0", "--once", stdout=StringIO())
