"""Go-live and expiry times are entered and shown in the site's time zone, labelled with
it, and scheduled pages go live under `make run`'s scheduler within its next tick."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.models import AnnouncementPage
from tests.announcements.test_translation_status import edit_form
from tests.html import soup

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def test_the_site_runs_on_tokyo_time_by_default(settings):
    assert settings.TIME_ZONE == "Asia/Tokyo"
    assert timezone.localtime().utcoffset() == datetime.timedelta(hours=9)


@pytest.mark.parametrize("language, label", [("en", "JST"), ("ja", "JST")])
def test_times_shown_in_the_admin_carry_their_zone(language, label):
    from django.utils import formats, translation

    moment = datetime.datetime(2030, 1, 1, 0, 0, tzinfo=UTC)
    with translation.override(language):
        shown = formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")

    assert shown.endswith(label)
    assert ("9:00" in shown) or ("9 a.m." in shown)  # 00:00 UTC is 09:00 in Tokyo


def test_the_schedule_dialog_names_the_time_zone(superuser_client, home_page):
    page = AnnouncementPageFactory()
    faq = FAQFactory()

    for url in (f"/admin/pages/{page.pk}/edit/", f"/admin/snippets/announcements/faq/edit/{faq.pk}/"):
        html = superuser_client.get(url).content.decode()
        # The dialog is drawn from a <template>: find the note after its opening.
        dialog = html[html.index('id="schedule-publishing-dialog"') :]
        assert "Site time: Asia/Tokyo (JST, UTC+09:00)." in dialog, url


def test_an_editor_with_a_time_zone_of_their_own_is_told_it_is_theirs(superuser_client, home_page):
    """Wagtail shows an editor's chosen time zone in the admin: it is not the site's time."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(pk=superuser_client.session["_auth_user_id"]))
    profile.current_time_zone = "Europe/London"
    profile.save()
    page = AnnouncementPageFactory()

    html = superuser_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    dialog = html[html.index('id="schedule-publishing-dialog"') :]
    assert "Your time zone: Europe/London (GMT, UTC+00:00)." in dialog
    assert "Site time" not in dialog


def test_a_go_live_time_is_read_in_site_time_and_published_on_the_next_tick(superuser_client, home_page):
    page = AnnouncementPageFactory(summary_en="Before.")
    edit_url = f"/admin/pages/{page.pk}/edit/"
    superuser_client.post(edit_url, edit_form(page))
    # One minute ahead, typed in Tokyo time as the dialog shows it.
    go_live = (timezone.localtime() + datetime.timedelta(minutes=1)).replace(second=0, microsecond=0)
    form = edit_form(page, summary_en="After.", summary_ja="更新後。", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    response = superuser_client.post(edit_url, form | {"action-publish": "publish"})
    assert response.status_code == 302

    revision = Revision.objects.filter(approved_go_live_at__isnull=False).get()
    assert revision.approved_go_live_at == go_live.astimezone(UTC)
    assert AnnouncementPage.objects.get(pk=page.pk).summary_en == "Before."  # not yet

    call_command("run_scheduler", "--once", stdout=StringIO())
    assert AnnouncementPage.objects.get(pk=page.pk).summary_en == "Before."  # not due

    later = go_live + datetime.timedelta(seconds=61)
    with mock.patch("django.utils.timezone.now", return_value=later.astimezone(UTC)):
        call_command("run_scheduler", "--once", stdout=StringIO())
    assert AnnouncementPage.objects.get(pk=page.pk).summary_en == "After."


def test_the_status_panel_labels_a_scheduled_time(superuser_client, home_page):
    page = AnnouncementPageFactory()
    page.save_revision(approved_go_live_at=datetime.datetime(2030, 1, 1, 0, 0, tzinfo=UTC))

    text = soup(superuser_client.get(f"/admin/pages/{page.pk}/edit/")).get_text(" ", strip=True)

    assert "Jan. 1, 2030, 9 a.m. JST" in text
