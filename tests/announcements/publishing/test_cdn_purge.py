import pytest

from announcements.factories import AnnouncementPageFactory
from announcements.publishing.models import SideEffect

from . import recording_cdn

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page, as_committed):
    notice = AnnouncementPageFactory()
    as_committed()
    return notice


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.announcements.publishing.recording_cdn.RecordingBackend"}
    }
    recording_cdn.PURGED.clear()
    return recording_cdn.PURGED


def test_publishing_purges_the_page_in_both_languages_from_the_cdn(notice, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()

    assert sorted(cdn) == [f"http://localhost/en/{notice.slug_en}/", f"http://localhost/ja/{notice.slug_en}/"]
    assert SideEffect.objects.get(kind="purge_frontend_cache").status == SideEffect.Status.DONE


def test_without_a_cdn_nothing_is_purged(notice, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = None

    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()

    assert not SideEffect.objects.filter(kind="purge_frontend_cache").exists()
