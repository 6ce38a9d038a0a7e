"""Absolute URLs name the configured public site, never the request's Host.

A request may name any port (``Host: 127.0.0.1:99999`` passes ALLOWED_HOSTS); canonical
links, og:url, JSON-LD, feed links and sitemap <loc> must not carry it, and a cached feed
must not keep it for the next reader.
"""

import re

import pytest
from django.core.cache import cache

from announcements.factories import AnnouncementPageFactory, FAQPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

HOSTILE_HOST = "127.0.0.1:99999"
PUBLIC = "https://news.example.org"
ABSOLUTE_URL = re.compile(r"https?://[^\s\"'<>\\]+")


@pytest.fixture
def site(home_page, settings):
    cache.clear()  # feeds cached by earlier tests were made for another public address
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    FAQPageFactory()
    topic = TopicFactory(slug="licensing")
    return AnnouncementPageFactory(slug_en="notice", topics=[topic], resolved=1)


def outputs(language: str) -> list[str]:
    paths = [f"/{language}/", f"/{language}/notice/", f"/{language}/faq/", f"/{language}/licenses/"]
    paths += [f"/{language}/feeds/{name}/" for name in ("rss", "atom", "json")]
    paths += [f"/{language}/feeds/topics/licensing/{name}/" for name in ("rss", "atom", "json")]
    return paths + ["/sitemap.xml", "/robots.txt"]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_output_reflects_the_request_host(client, site, language):
    for path in outputs(language):
        # The hostile Host first, so a cached copy made for it would show on the second request.
        for host in (HOSTILE_HOST, "testserver"):
            response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200, path
            body = response.content.decode()
            assert "99999" not in body, path
            own = [url for url in ABSOLUTE_URL.findall(body) if "example.org" in url or "127.0.0.1" in url]
            assert own, f"{path} names no absolute URL of its own"
            assert all(url.startswith(PUBLIC + "/") for url in own), (path, own[:3])


def test_the_canonical_link_og_url_and_json_ld_name_the_public_site(client, site):
    body = client.get("/en/notice/", HTTP_HOST=HOSTILE_HOST).content.decode()

    assert f'<link rel="canonical" href="{PUBLIC}/en/notice/">' in body
    assert f'content="{PUBLIC}/en/notice/"' in body  # og:url
    assert f'"url": "{PUBLIC}/en/notice/"' in body or f'"url":"{PUBLIC}/en/notice/"' in body
