"""A publication and its outbox rows are one transaction, whichever road the publication took.

Each test makes writing the outbox rows fail after the page has been saved live (or not
live) and checks that the page is as it was: without one transaction around both, the
page would stay published with no side effect recorded to follow it. The roads are the
admin's edit view (which builds Wagtail's publish action itself), its unpublish view,
and the scheduler's publishing and expiry (which unpublishes plain ``Page`` objects).
"""

import datetime

import pytest
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from announcements.publishing.models import SideEffect
from tests.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page, as_committed):
    notice = AnnouncementPageFactory(title_en="As first published")
    as_committed()
    return notice


@pytest.fixture
def outbox_fails(monkeypatch):
    """Writing outbox rows fails, as it would with the database connection lost half-way."""

    def fail(*args, **kwargs):
        raise DatabaseError("the outbox could not be written")

    monkeypatch.setattr(SideEffect.objects, "bulk_create", fail)


def publish_with_a_new_title(client, page) -> dict:
    """The edit form with a new English title, the Japanese confirmed as still the same, and Publish."""
    data = edit_form_data(client, page)
    data.update({"title_en": "Published from the edit view", "translations_checked": "ja", "action-publish": "publish"})
    return data


def reloaded(page) -> AnnouncementPage:
    return AnnouncementPage.objects.get(pk=page.pk)


def test_an_admin_publish_is_undone_when_its_outbox_rows_fail(notice, moderator_client, outbox_fails):
    data = publish_with_a_new_title(moderator_client, notice)

    with pytest.raises(DatabaseError):
        moderator_client.post(f"/admin/pages/{notice.pk}/edit/", data)

    page = reloaded(notice)
    assert page.title_en == "As first published"
    assert page.live_revision_id == notice.live_revision_id
    assert not SideEffect.objects.exists()


def test_an_admin_publish_writes_the_page_and_its_outbox_rows(notice, moderator_client):
    data = publish_with_a_new_title(moderator_client, notice)

    response = moderator_client.post(f"/admin/pages/{notice.pk}/edit/", data)

    assert response.status_code == 302
    assert reloaded(notice).title_en == "Published from the edit view"
    assert SideEffect.objects.filter(source=f"announcements.announcementpage {notice.pk} published").exists()


def test_an_admin_unpublish_is_undone_when_its_outbox_rows_fail(notice, moderator_client, outbox_fails):
    with pytest.raises(DatabaseError):
        moderator_client.post(f"/admin/pages/{notice.pk}/unpublish/", {})

    assert reloaded(notice).live
    assert not SideEffect.objects.exists()


def test_a_scheduled_publication_waits_for_the_next_run_when_its_outbox_rows_fail(notice, monkeypatch):
    notice.title_en, notice.title_ja = "Scheduled correction", "予定された訂正"
    revision = notice.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))

    with monkeypatch.context() as fault:
        fault.setattr(SideEffect.objects, "bulk_create", _raise_database_error)
        with pytest.raises(DatabaseError):
            call_command("publish_scheduled")

    assert reloaded(notice).title_en == "As first published"
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None  # still due: the next run publishes it

    call_command("publish_scheduled")

    assert reloaded(notice).title_en == "Scheduled correction"
    assert SideEffect.objects.filter(source__endswith=" published").exists()


def test_an_expiry_is_undone_when_its_outbox_rows_fail(notice, monkeypatch):
    AnnouncementPage.objects.filter(pk=notice.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))

    with monkeypatch.context() as fault:
        fault.setattr(SideEffect.objects, "bulk_create", _raise_database_error)
        with pytest.raises(DatabaseError):
            call_command("publish_scheduled")

    page = reloaded(notice)
    assert page.live and not page.expired

    call_command("publish_scheduled")

    page = reloaded(notice)
    assert not page.live and page.expired
    assert SideEffect.objects.filter(source__endswith=" unpublished").exists()


def _raise_database_error(*args, **kwargs):
    raise DatabaseError("the outbox could not be written")
