from io import StringIO

import pytest
from django.core.management import CommandError, call_command

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
