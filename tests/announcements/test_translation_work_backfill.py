"""Translation work is recorded once for items saved before it was recorded, in the migrate
that begins recording it; any other migrate (each production start) reads no item."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from announcements.roles import TRANSLATION_WORK_BEGINS, refresh_translation_work
from site_config.translation_status.models import TranslationWork

pytestmark = pytest.mark.django_db

ITEM_TABLES = ("wagtailcore_revision", "announcements_announcementpage", "announcements_faq")


def migration(app_label: str, name: str):
    return MigrationLoader(connection).get_migration(app_label, name)


def work(page) -> dict[str, str]:
    return dict(TranslationWork.objects.filter(object_id=page.pk).values_list("language", "status"))


@pytest.fixture
def saved_before_translation_work_was_recorded(home_page):
    """A draft missing its Japanese summary, with no translation work recorded, as an item
    saved by a version of the site before the migration has it."""
    page = AnnouncementPageFactory(title_en="Saved before", publish=False)
    draft = AnnouncementPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.summary_ja = ""
    draft.save_revision()
    assert work(page) == {"ja": "missing"}
    TranslationWork.objects.all().delete()
    return page


def test_a_migrate_with_nothing_to_apply_reads_no_item(home_page):
    AnnouncementPageFactory.create_batch(3)  # fully translated: no translation work, no rows
    assert not TranslationWork.objects.exists()

    with CaptureQueriesContext(connection) as captured:
        call_command("migrate", "--noinput", verbosity=0)

    assert [query["sql"] for query in captured if any(table in query["sql"] for table in ITEM_TABLES)] == []


def test_the_migration_that_begins_recording_translation_work_records_it(saved_before_translation_work_was_recorded):
    page = saved_before_translation_work_was_recorded

    refresh_translation_work(plan=[(migration(*TRANSLATION_WORK_BEGINS), False)])

    assert work(page) == {"ja": "missing"}


def test_other_migrations_and_unapplying_that_one_record_nothing(saved_before_translation_work_was_recorded):
    page = saved_before_translation_work_was_recorded

    refresh_translation_work(plan=[(migration("announcements", "0009_page_creation_by_click"), False)])
    refresh_translation_work(plan=[(migration(*TRANSLATION_WORK_BEGINS), True)])
    refresh_translation_work(plan=None)  # as flush sends it

    assert work(page) == {}
