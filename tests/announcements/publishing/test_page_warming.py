"""After a change, the changed page and the home page wait in the response cache, in
every language, so the readers a publish sends there are answered without a rendering."""

import logging
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory
from announcements.publishing.page_warming import paths_to_warm, warm_pages
from announcements.response_cache import HIT_HEADER
from tests.wsgi_door import DoorClient

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("response_cache_in_memory")]


@pytest.fixture
def notice(committed_notice):
    return committed_notice


def test_the_first_readers_after_a_publish_are_answered_from_the_cache(
    client, notice, django_capture_on_commit_callbacks, django_assert_num_queries
):
    notice.title_en, notice.title_ja = "SD3 is back, corrected", "SD3 が戻りました（訂正）"
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()

    for path, title in [
        (f"/en/{notice.slug_en}/", notice.title_en),
        (f"/ja/{notice.slug_en}/", notice.title_ja),
        ("/en/", notice.title_en),
        ("/ja/", notice.title_ja),
        ("/sitemap.xml", f"/ja/{notice.slug_en}/"),
    ]:
        with django_assert_num_queries(0):
            response = client.get(path)
        assert response.status_code == 200, path
        assert response[HIT_HEADER] == "hit", path
        assert title in response.content.decode(), path


def test_after_an_unpublish_the_home_pages_are_warm_and_the_page_is_gone(
    client, notice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notice.unpublish()

    for path in ("/en/", "/ja/", "/sitemap.xml"):
        response = client.get(path)
        assert response[HIT_HEADER] == "hit"
        assert notice.slug_en not in response.content.decode()
    assert client.get(f"/en/{notice.slug_en}/").status_code == 404


def test_the_changed_pages_come_first_where_they_are_public_now_and_each_address_once(notice, home_page):
    withdrawn = AnnouncementPageFactory(slug_en="withdrawn")
    withdrawn.unpublish()
    private = AnnouncementPageFactory(slug_en="members-only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    paths = paths_to_warm([notice.pk, home_page.pk, withdrawn.pk, private.pk, 999_999])

    assert paths == [f"/en/{notice.slug_en}/", f"/ja/{notice.slug_en}/", "/en/", "/ja/", "/sitemap.xml"]


def test_warming_counts_the_pages_that_answered(notice):
    assert warm_pages([notice.pk]) == 5


def test_a_site_address_outside_allowed_hosts_is_reported_not_raised(notice, settings, caplog):
    settings.ALLOWED_HOSTS = ["elsewhere.example"]

    with caplog.at_level(logging.WARNING, logger="announcements.publishing.page_warming"):
        assert warm_pages([notice.pk]) == 0

    assert "ALLOWED_HOSTS" in caplog.text


def test_loading_the_notice_warms_no_address_that_does_not_exist(db, caplog, django_capture_on_commit_callbacks):
    """The home page is published before it becomes the site's root: the addresses it had
    then (/en/home/) were rendered, and logged as not found, by a warm-up that trusted them."""
    with caplog.at_level(logging.WARNING, logger="django.request"), django_capture_on_commit_callbacks(execute=True):
        call_command("load_sd3_notice", stdout=StringIO())

    assert "Not Found" not in caplog.text
    assert all(DoorClient().get(path)[HIT_HEADER] == "hit" for path in ("/en/", "/ja/", "/en/sd3-un-banned/"))
