"""Every page names the site's icon: without one, browsers ask for /favicon.ico, which
does not exist (a 404 in every reader's console)."""

import pytest

from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page_type", ["home", "announcement", "faq", "licenses", "version 2", "not found"])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_page_names_an_icon_that_is_served(client, public_paths, page_type, language):
    path = public_paths.get(page_type, "/no-such-page/")
    page = soup(client.get(f"/{language}{path}"))

    icons = page.select('head link[rel="icon"]')

    assert [icon["type"] for icon in icons] == ["image/svg+xml"]
    response = client.get(icons[0]["href"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(response.streaming_content)
