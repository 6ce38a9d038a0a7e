"""The index follows publishing: an announcement is found once published and no longer
once unpublished or deleted, through the publishing side effects (after commit)."""

import pytest

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage
from announcements.publishing.effects import REINDEX_SEARCH
from announcements.publishing.models import SideEffect

from .conftest import result_urls

pytestmark = pytest.mark.django_db


def found(client, language: str, query: str) -> list[str]:
    return result_urls(client.get(f"/{language}/search/", {"q": query}))


@pytest.fixture
def draft(home_page, as_committed):
    page = AnnouncementPageFactory(
        publish=False, title_en="Kettle maintenance", title_ja="ケトルの保守作業", slug_en="kettle"
    )
    page.save_revision()
    as_committed()
    return AnnouncementPage.objects.get(pk=page.pk)


def test_publishing_adds_it_in_both_languages(client, draft, django_capture_on_commit_callbacks):
    assert found(client, "en", "kettle") == []

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()

    assert SideEffect.objects.filter(kind=REINDEX_SEARCH, status=SideEffect.Status.DONE).exists()
    assert found(client, "en", "kettle") == ["/en/kettle/"]
    assert found(client, "ja", "保守") == ["/ja/kettle/"]


def test_unpublishing_and_deleting_remove_it(client, draft, django_capture_on_commit_callbacks, as_committed):
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    as_committed()
    page = AnnouncementPage.objects.get(pk=draft.pk)

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert found(client, "en", "kettle") == []
    as_committed()

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found(client, "en", "kettle") == ["/en/kettle/"]
    as_committed()

    with django_capture_on_commit_callbacks(execute=True):
        AnnouncementPage.objects.get(pk=draft.pk).delete()
    assert found(client, "ja", "ケトル") == []
