"""Where each page type may go: the index at the top, once; announcements and the FAQ page
(once) under it; nothing under them."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from announcements.factories import AnnouncementPageFactory, FAQPageFactory
from announcements.models import AnnouncementIndexPage, AnnouncementPage, FAQPage


class PageTypesTests(WagtailPageTestCase):
    def test_the_index_holds_announcements_and_the_faq_page(self):
        self.assertAllowedSubpageTypes(AnnouncementIndexPage, {AnnouncementPage, FAQPage})
        self.assertAllowedParentPageTypes(AnnouncementIndexPage, {Page})
        self.assertCanCreateAt(Page, AnnouncementIndexPage)
        self.assertCanNotCreateAt(AnnouncementIndexPage, AnnouncementIndexPage)

    def test_announcements_and_the_faq_page_go_under_the_index_only(self):
        for page_type in (AnnouncementPage, FAQPage):
            self.assertAllowedParentPageTypes(page_type, {AnnouncementIndexPage})
            self.assertCanCreateAt(AnnouncementIndexPage, page_type)
            self.assertCanNotCreateAt(Page, page_type)

    def test_nothing_goes_under_an_announcement_or_the_faq_page(self):
        for page_type in (AnnouncementPage, FAQPage):
            self.assertAllowedSubpageTypes(page_type, set())
            for child in (AnnouncementIndexPage, AnnouncementPage, FAQPage):
                self.assertCanNotCreateAt(page_type, child)


# The index and the FAQ page exist once (``max_count``); announcements in any number.


@pytest.fixture
def site(home_page):
    """The home page with the FAQ page and one announcement under it."""
    FAQPageFactory()
    AnnouncementPageFactory()
    return home_page


def add_form(client, page_type, parent):
    return client.get(f"/admin/pages/add/{page_type._meta.app_label}/{page_type._meta.model_name}/{parent.pk}/")


def test_a_second_index_page_cannot_be_created(superuser_client, site):
    root = Page.get_first_root_node()

    assert not AnnouncementIndexPage.can_create_at(root)
    # Wagtail's admin answers a refused permission with a redirect to the dashboard.
    assert add_form(superuser_client, AnnouncementIndexPage, root).url == "/admin/"


def test_a_second_faq_page_cannot_be_created(superuser_client, site):
    assert not FAQPage.can_create_at(site)
    assert add_form(superuser_client, FAQPage, site).url == "/admin/"


def test_announcements_are_all_that_may_still_be_added_under_the_index(superuser_client, site):
    assert AnnouncementPage.can_create_at(site)
    assert add_form(superuser_client, AnnouncementPage, site).status_code == 200
    # With one page type left, the admin's "add child page" goes straight to its form.
    response = superuser_client.get(f"/admin/pages/{site.pk}/add_subpage/")
    assert response.url == f"/admin/pages/add/announcements/announcementpage/{site.pk}/"


def test_a_slug_a_sibling_uses_in_either_language_is_refused(home_page):
    from django.core.exceptions import ValidationError

    from announcements.factories import AnnouncementPageFactory

    AnnouncementPageFactory(slug_en="taken", slug_ja="")  # /ja/taken/ too, by fallback
    AnnouncementPageFactory(slug_en="other", slug_ja="japanese-taken")
    page = AnnouncementPageFactory(slug_en="free")

    page.slug_en = "taken"
    with pytest.raises(ValidationError) as english:
        page.full_clean()
    page.slug_en, page.slug_ja = "free", "japanese-taken"
    with pytest.raises(ValidationError) as japanese:
        page.full_clean()
    page.slug_ja = "japanese-free"
    page.full_clean()

    assert "slug_en" in english.value.message_dict
    assert set(japanese.value.message_dict) == {"slug_ja"}


def test_the_slug_check_asks_the_database_instead_of_reading_every_sibling(home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from announcements.factories import AnnouncementPageFactory

    page = AnnouncementPageFactory(slug_en="mine")
    AnnouncementPageFactory.create_batch(3)

    with CaptureQueriesContext(connection) as captured:
        page.full_clean()

    sibling_reads = [
        query["sql"] for query in captured.captured_queries if '"wagtailcore_page"."depth" = 3' in query["sql"]
    ]
    assert sibling_reads and all("slug_" in sql and "LIMIT 1" in sql for sql in sibling_reads)
