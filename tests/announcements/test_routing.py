"""An announcement's address is resolved in one query (announcements.public.routing), and
every page is served exactly as Wagtail's own routing would serve it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from announcements.factories import AnnouncementPageFactory, FAQPageFactory

pytestmark = pytest.mark.django_db


def routing_queries(client, path: str) -> list[str]:
    """The SQL run before the page's own context is built."""
    client.get(path)  # Wagtail's site-root paths are cached by then on a running site
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_an_announcement_costs_the_site_and_one_query_for_itself(client, home_page):
    notice = AnnouncementPageFactory(slug_en="notice")

    sql = routing_queries(client, "/en/notice/")

    announcement_queries = [query for query in sql if 'FROM "announcements_announcementpage"' in query]
    assert len([query for query in sql if query.startswith('SELECT "wagtailcore_site"')]) == 1
    # The announcement with its restriction check inside; the home page's own fields and a
    # separate restriction query are never asked for.
    assert len(announcement_queries) == 1 and "wagtailcore_pageviewrestriction" in announcement_queries[0]
    assert not [query for query in sql if "announcements_announcementindexpage" in query]
    assert not [query for query in sql if query.startswith('SELECT "wagtailcore_pageviewrestriction"')]
    assert notice.title_en in client.get("/en/notice/").content.decode()


def test_the_home_page_costs_the_site_and_one_query_for_itself(client, home_page):
    sql = routing_queries(client, "/en/")

    home_queries = [query for query in sql if 'FROM "announcements_announcementindexpage"' in query]
    assert len([query for query in sql if query.startswith('SELECT "wagtailcore_site"')]) == 1
    # Itself as its own type with its restriction check inside. The one restriction query
    # left is the listing's (Wagtail's PageQuerySet.public reads every restriction once).
    assert len(home_queries) == 1 and "wagtailcore_pageviewrestriction" in home_queries[0]
    assert len([query for query in sql if query.startswith('SELECT "wagtailcore_pageviewrestriction"')]) == 1


def test_a_restricted_home_page_still_asks_for_its_password(client, home_page):
    AnnouncementPageFactory(slug_en="notice")
    PageViewRestriction.objects.create(page=home_page, restriction_type="password", password="s3cret")

    response = client.get("/en/")

    assert response.status_code == 200
    assert "action_url" in response.context and "notice" not in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_an_unpublished_home_page_is_not_found(client, home_page):
    home_page.unpublish()

    assert client.get("/en/").status_code == 404


@pytest.mark.parametrize("restricted", ["page", "home page"])
def test_a_restricted_announcement_still_asks_for_its_password(client, home_page, restricted):
    notice = AnnouncementPageFactory(slug_en="notice")
    PageViewRestriction.objects.create(
        page=notice if restricted == "page" else home_page, restriction_type="password", password="s3cret"
    )

    response = client.get("/en/notice/")

    assert response.status_code == 200
    assert "action_url" in response.context and notice.title_en not in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_an_alias_is_served_as_wagtail_serves_it(client, home_page):
    source = AnnouncementPageFactory(slug_en="source", slug_ja="")
    alias = source.create_alias(update_slug="alias")

    response = client.get("/en/alias/")

    assert response.status_code == 200
    assert response.context["page"].pk == alias.pk
    assert source.title_en in response.content.decode()


def test_a_restriction_on_an_alias_source_applies_to_the_alias(client, home_page):
    source = AnnouncementPageFactory(slug_en="source", slug_ja="")
    source.create_alias(update_slug="alias")
    PageViewRestriction.objects.create(page=source, restriction_type="password", password="s3cret")

    response = client.get("/en/alias/")

    assert source.title_en not in response.content.decode()
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "slugs, path, status",
    [
        ({"slug_en": "notice", "slug_ja": ""}, "/ja/notice/", 200),  # an empty Japanese slug falls back
        ({"slug_en": "notice", "slug_ja": "oshirase"}, "/ja/oshirase/", 200),
        # Another language's slug is served only at its own address, where it redirects.
        ({"slug_en": "notice", "slug_ja": "oshirase"}, "/ja/notice/", 301),
        ({"slug_en": "notice", "slug_ja": "oshirase"}, "/en/oshirase/", 301),
    ],
)
def test_each_language_finds_its_own_slug(client, home_page, slugs, path, status):
    AnnouncementPageFactory(**slugs)

    assert client.get(path).status_code == status


def test_a_draft_or_unknown_address_is_not_found(client, home_page):
    notice = AnnouncementPageFactory(slug_en="notice")
    notice.unpublish()

    assert client.get("/en/notice/").status_code == 404
    assert client.get("/en/nothing-here/").status_code == 404


def test_other_pages_are_routed_by_wagtail(client, home_page):
    FAQPageFactory(slug_en="faq")

    assert client.get("/en/faq/").status_code == 200
    assert client.get("/en/").status_code == 200


def test_an_announcement_under_another_root_is_left_to_wagtail(client, home_page):
    """Only the home page's own children are routed here: an announcement moved under
    another page is served at its new address, by Wagtail, and its old address redirects."""
    elsewhere = home_page.add_child(instance=Page(title="Archive", slug="archive"))
    notice = AnnouncementPageFactory(slug_en="notice")
    notice.move(elsewhere, pos="last-child")

    assert client.get("/en/archive/notice/").status_code == 200
    old_address = client.get("/en/notice/")
    assert (old_address.status_code, old_address.url) == (301, "/en/archive/notice/")
