import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory
from announcements.page_cache import HIT_HEADER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def notice(home_page, as_committed):
    notice = AnnouncementPageFactory(resolved=1, remaining=1)
    as_committed()
    return notice


def test_a_second_anonymous_reader_gets_the_cached_page(client, notice):
    with CaptureQueriesContext(connection) as rendering:
        first = client.get(f"/ja/{notice.slug_en}/")
    with CaptureQueriesContext(connection) as cached:
        second = client.get(f"/ja/{notice.slug_en}/")

    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")
    # Only routing (site, page, view restrictions) is left; rendering's queries are gone.
    assert len(cached) <= 8 < len(rendering)
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_each_language_is_cached_apart(client, notice):
    client.get(f"/en/{notice.slug_en}/")

    response = client.get(f"/ja/{notice.slug_en}/")

    assert response[HIT_HEADER] == "miss"
    assert notice.title_ja in response.content.decode()


def test_publishing_retires_the_cached_page(client, notice, django_capture_on_commit_callbacks):
    client.get(f"/en/{notice.slug_en}/")
    notice.title_en = "SD3 is back, corrected"

    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    response = client.get(f"/en/{notice.slug_en}/")

    assert response[HIT_HEADER] == "miss"
    assert "SD3 is back, corrected" in response.content.decode()


def test_editors_are_never_served_from_the_cache(client, editor_client, notice):
    client.get(f"/en/{notice.slug_en}/")

    response = editor_client.get(f"/en/{notice.slug_en}/")

    assert HIT_HEADER not in response


def test_unknown_query_parameters_bypass_the_cache(client, notice):
    client.get(f"/en/{notice.slug_en}/" + "?utm_source=feed")

    response = client.get(f"/en/{notice.slug_en}/" + "?utm_source=feed")

    assert HIT_HEADER not in response
    assert response.status_code == 200


def test_a_password_protected_page_is_private_and_never_cached(client, notice):
    PageViewRestriction.objects.create(page=notice, restriction_type="password", password="s3cret")

    form = client.get(f"/en/{notice.slug_en}/")
    unlocked = client.post(form.context["action_url"], {"password": "s3cret", "return_url": f"/en/{notice.slug_en}/"})
    page = client.get(unlocked.url)

    for response in (form, page):
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert HIT_HEADER not in response
    assert notice.title_en in page.content.decode()
