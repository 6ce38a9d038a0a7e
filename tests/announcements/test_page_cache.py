import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from announcements.page_cache import HIT_HEADER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_a_second_anonymous_reader_gets_the_cached_page(client, notice):
    with CaptureQueriesContext(connection) as rendering:
        first = client.get("/ja/sd3-un-banned/")
    with CaptureQueriesContext(connection) as cached:
        second = client.get("/ja/sd3-un-banned/")

    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")
    # Only routing (site, page, view restrictions) is left; rendering's queries are gone.
    assert len(cached) <= 8 < len(rendering)
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_each_language_is_cached_apart(client, notice):
    client.get("/en/sd3-un-banned/")

    response = client.get("/ja/sd3-un-banned/")

    assert response[HIT_HEADER] == "miss"
    assert notice.title_ja in response.content.decode()


def test_publishing_retires_the_cached_page(client, notice, django_capture_on_commit_callbacks):
    client.get("/en/sd3-un-banned/")
    notice.title_en = "SD3 is back, corrected"

    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    response = client.get("/en/sd3-un-banned/")

    assert response[HIT_HEADER] == "miss"
    assert "SD3 is back, corrected" in response.content.decode()


def test_editors_are_never_served_from_the_cache(client, notice):
    client.get("/en/sd3-un-banned/")
    client.force_login(get_user_model().objects.create_superuser(username="editor", email="", password="x"))

    response = client.get("/en/sd3-un-banned/")

    assert HIT_HEADER not in response


def test_unknown_query_parameters_bypass_the_cache(client, notice):
    client.get("/en/sd3-un-banned/?utm_source=feed")

    response = client.get("/en/sd3-un-banned/?utm_source=feed")

    assert HIT_HEADER not in response
    assert response.status_code == 200


def test_a_password_protected_page_is_private_and_never_cached(client, notice):
    PageViewRestriction.objects.create(page=notice, restriction_type="password", password="s3cret")

    form = client.get("/en/sd3-un-banned/")
    unlocked = client.post(form.context["action_url"], {"password": "s3cret", "return_url": "/en/sd3-un-banned/"})
    page = client.get(unlocked.url)

    for response in (form, page):
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert HIT_HEADER not in response
    assert notice.title_en in page.content.decode()
