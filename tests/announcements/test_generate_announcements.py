from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from announcements.blocks import iter_citations
from announcements.models import AnnouncementPage
from announcements.public.selectors import public_announcements

pytestmark = pytest.mark.django_db


def test_it_fills_the_site_with_bilingual_announcements_citing_licenses(sd3_seed):
    call_command("generate_announcements", count=6, stdout=StringIO())
    again = StringIO()
    call_command("generate_announcements", count=6, stdout=again)

    assert AnnouncementPage.objects.live().count() == 6
    assert "nothing added" in again.getvalue()
    for language in ("en", "ja"):
        assert public_announcements(language=language).count() == 6
    generated = AnnouncementPage.objects.exclude(slug_en="sd3-un-banned")
    assert len({page.title_ja for page in generated}) == 5
    assert all(list(iter_citations(page.body)) for page in generated)


def test_it_needs_an_announcement_to_copy(home_page):
    with pytest.raises(CommandError, match="load_sd3_notice"):
        call_command("generate_announcements", count=3, stdout=StringIO())


@pytest.mark.postgres
def test_the_planner_knows_the_tables_as_filled(sd3_seed):
    """Measured lists use the plans of a running site, whose statistics autovacuum keeps:
    a bulk load leaves them unknown until then (a nested loop over every announcement)."""
    call_command("generate_announcements", count=40, stdout=StringIO())

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relname IN "
            "('wagtailcore_page', 'announcements_announcementpage')"
        )
        rows = dict(cursor.fetchall())
    assert rows["announcements_announcementpage"] >= 40
    assert rows["wagtailcore_page"] >= 40
