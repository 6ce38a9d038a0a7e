"""A small public site for the sitemap and SEO tests: every page type once."""

import datetime

import pytest

from announcements.factories import (
    AnnouncementIndexPageFactory,
    AnnouncementPageFactory,
    FAQFactory,
    FAQPageFactory,
    TopicFactory,
)
from announcements.models import FAQ, AnnouncementPage
from announcements.rules.notice_dates import DatePrecision
from licenses.factories import LicenseVersionFactory, successor_version


@pytest.fixture(autouse=True)
def _a_home_page_for_the_dev_settings_error_pages(request):
    """test_dev_settings.py serves its error pages from the site's home page without asking
    for one (the SD3 seed used to be loaded for every test): give its database tests the
    minimal site."""
    if request.module.__name__.endswith(".test_dev_settings") and request.node.get_closest_marker("django_db"):
        request.getfixturevalue("home_page")


@pytest.fixture(scope="module")
def shared_site(module_data):
    """Shared by the module's tests: the home page, the FAQ page with three questions (one
    citing a clause), an announcement filed under Licensing and dated July 2024 to the month,
    citing version 2 of a license, and that license's two versions. Returns primary keys and
    every public path (without its language prefix), by page type."""
    with module_data.build():
        AnnouncementIndexPageFactory.as_home_page()
        v1 = LicenseVersionFactory(clauses=["derivative-works", "revocation"])
        v2 = successor_version(v1)
        faq_page = FAQPageFactory()
        faqs = [FAQFactory(cited_clause=v2.clauses.first()), *FAQFactory.create_batch(2)]
        notice = AnnouncementPageFactory(
            date=datetime.date(2024, 7, 1),
            date_precision=DatePrecision.MONTH,
            topics=[TopicFactory(slug="licensing")],
            resolved=1,
            remaining=1,
            cites=v2,
        )
    license_path = f"/licenses/{v1.license.slug}/"
    paths = {
        "home": "/",
        "faq": f"/{faq_page.slug_en}/",
        "announcement": f"/{notice.slug_en}/",
        "licenses": "/licenses/",
        "license": license_path,
        "version 1": f"{license_path}v1/",
        "version 2": f"{license_path}v2/",
        "comparison": f"{license_path}compare/v1/v2/",
    }
    return {"paths": paths, "notice": notice.pk, "faqs": [faq.pk for faq in faqs]}


@pytest.fixture
def public_paths(shared_site, db) -> dict[str, str]:
    """Every public path of the shared site (without its language prefix), by page type."""
    return shared_site["paths"]


@pytest.fixture
def notice(shared_site, db) -> AnnouncementPage:
    return AnnouncementPage.objects.get(pk=shared_site["notice"])


@pytest.fixture
def faqs(shared_site, db) -> list[FAQ]:
    return list(FAQ.objects.filter(pk__in=shared_site["faqs"]))
