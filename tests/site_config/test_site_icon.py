"""Every page names the site's icon (without one, browsers ask for /favicon.ico), and
/favicon.ico is there too for the clients that never read the page's head."""

from io import BytesIO

import pytest
from PIL import Image

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


def test_the_site_root_answers_for_favicon_ico(client):
    """Feed readers and some browsers ask for /favicon.ico without reading the page."""
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    icon = Image.open(BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO" and {(16, 16), (32, 32)} <= icon.info["sizes"]
