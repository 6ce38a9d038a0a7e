"""sitemap.xml lists every public page in both languages with hreflang alternates; robots.txt points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.sitemaps import Sitemap
from django.template.loader import get_template
from wagtail.models import PageViewRestriction

from announcements.factories import AnnouncementPageFactory
from announcements.public.sitemap import PageSitemap
from licenses.sitemap import LicenseSitemap
from site_config.sitemap_xml import SITEMAP_XML

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def sitemap(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        for url in root.findall("s:url", NS)
    }


def test_every_public_page_is_listed_in_both_languages_with_alternates(client, public_paths):
    entries = sitemap(client)

    expected = {f"{BASE}/{language}{path}" for path in public_paths.values() for language in ("en", "ja")}
    assert set(entries) == expected
    for path in public_paths.values():
        alternates = {"en": f"{BASE}/en{path}", "ja": f"{BASE}/ja{path}", "x-default": f"{BASE}{path}"}
        assert entries[f"{BASE}/ja{path}"] == alternates


def test_drafts_and_private_pages_are_not_listed(client, public_paths):
    private = AnnouncementPageFactory(slug_en="members-only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    AnnouncementPageFactory(slug_en="withdrawn").unpublish()
    AnnouncementPageFactory(slug_en="never-published", publish=False)

    locations = " ".join(sitemap(client))

    assert "members-only" not in locations and "withdrawn" not in locations and "never-published" not in locations
    assert f"{BASE}/ja{public_paths['announcement']}" in locations


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


@pytest.mark.parametrize("section", [PageSitemap, LicenseSitemap])
def test_each_section_lists_what_djangos_own_sitemap_code_would(public_paths, section):
    """BilingualSitemap.get_urls works the addresses out a language at a time; Django's
    Sitemap.get_urls asks per address. Same answer, an English-only notice included."""
    english_only = AnnouncementPageFactory(
        slug_en="security-fix", default_language_only=True, default_language_only_reason="Urgent."
    )
    english_only.title_ja, english_only.summary_ja = "", ""
    english_only.save_revision().publish()
    ours, djangos = section(), section()

    urls = ours.get_urls()
    expected = Sitemap.get_urls(djangos)

    assert urls == expected
    assert getattr(ours, "latest_lastmod", None) == getattr(djangos, "latest_lastmod", None)
    if section is PageSitemap:
        english = [url for url in urls if "security-fix" in url["location"]]
        assert [url["item"][1] for url in english] == ["en"]


def test_the_xml_is_what_djangos_own_sitemap_template_writes():
    """site_config.sitemap_xml writes in Python what Django's sitemap.xml template renders
    (whitespace between tags aside): escaping, the date in the site's time zone, optional
    fields and alternates."""
    late_evening_utc = datetime.datetime(2026, 11, 29, 20, 30, tzinfo=datetime.UTC)  # the 30th in Tokyo
    urlset = [
        {
            "location": "https://example.org/en/a/?topic=x&page=2",
            "lastmod": late_evening_utc,
            "changefreq": "weekly",
            "priority": "0.5",
            "alternates": [
                {"location": "https://example.org/en/a/?topic=x&page=2", "lang_code": "en"},
                {"location": "https://example.org/ja/a/\"<'>", "lang_code": "ja"},
            ],
        },
        {"location": "https://example.org/ja/b/", "lastmod": datetime.date(2026, 1, 2), "alternates": []},
        {"location": "https://example.org/en/c/", "lastmod": None, "changefreq": None, "priority": ""},
    ]

    ours = SITEMAP_XML.render({"urlset": urlset})
    djangos = get_template("sitemap.xml").render({"urlset": urlset})

    assert canonical(ours) == canonical(djangos)
    assert "<lastmod>2026-11-30</lastmod>" in ours and "&amp;page=2" in ours


def canonical(xml: str) -> str:
    return ET.canonicalize(xml_data=xml.encode(), strip_text=True)


def test_the_sitemap_is_sent_as_djangos_view_sends_it(client, public_paths):
    response = client.get("/sitemap.xml")

    assert response["Content-Type"] == "application/xml"
    assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
    assert client.get("/sitemap.xml?p=2").status_code == 404
