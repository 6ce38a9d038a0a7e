"""Static files as production serves them: collected with hashed names and compressed
copies, then sent by WhiteNoise with a far-future, immutable Cache-Control (a new file
gets a new name, so a browser never has to ask again) and in the encoding asked for.

The static settings are read from site_config/settings/production.py itself, so a change
there (a storage without hashing or compression, a WhiteNoise option) shows here.
"""

import gzip
import runpy

import brotli
import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command

ONE_YEAR = 365 * 24 * 60 * 60
SITE_CSS = django_settings.BASE_DIR / "site_config" / "static" / "css" / "site.css"


def production_static_settings(monkeypatch) -> dict:
    for name, value in {
        "DJANGO_SECRET_KEY": "static-files-test-key",
        "DATABASE_URL": "postgres://unused@127.0.0.1:5432/unused",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    }.items():
        monkeypatch.setenv(name, value)
    production = runpy.run_module("site_config.settings.production")
    return {
        name: value
        for name, value in production.items()
        if name in {"DEBUG", "STORAGES", "STATIC_URL"} or name.startswith("WHITENOISE_")
    }


@pytest.fixture
def collected(settings, monkeypatch, tmp_path):
    """The project's own static files collected as `collectstatic` does in production,
    served by a WhiteNoise configured only by the production settings."""
    for name in [name for name in dir(settings) if name.startswith("WHITENOISE_")]:
        delattr(settings, name)  # the test settings serve from the source folders
    for name, value in production_static_settings(monkeypatch).items():
        setattr(settings, name, value)
    settings.STATIC_ROOT = tmp_path
    # Only the project's folder, not every app's (Wagtail's admin files take seconds to
    # compress): the files are stored and served the same way.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", "--noinput", verbosity=0)
    return tmp_path


def cache_control(response) -> dict[str, str | None]:
    directives = (part.strip().partition("=") for part in response["Cache-Control"].split(","))
    return {name.lower(): value or None for name, _eq, value in directives}


def body(response) -> bytes:
    # Reading to the end closes the file: the test client wraps a streamed body so.
    return b"".join(response.streaming_content)


def test_the_site_css_is_collected_under_a_name_that_changes_with_its_content(collected):
    url = staticfiles_storage.url("css/site.css")

    assert url.startswith("/static/css/site.") and url != "/static/css/site.css"
    hashed = collected / url.removeprefix("/static/")
    assert hashed.read_bytes() == SITE_CSS.read_bytes()
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert hashed.with_name(hashed.name + ".br").exists()


@pytest.mark.parametrize(
    ("accept_encoding", "content_encoding", "decompress"),
    [("gzip", "gzip", gzip.decompress), ("gzip, deflate, br", "br", brotli.decompress)],
)
def test_a_hashed_file_is_cached_for_a_year_and_sent_compressed(
    client, collected, accept_encoding, content_encoding, decompress
):
    response = client.get(staticfiles_storage.url("css/site.css"), HTTP_ACCEPT_ENCODING=accept_encoding)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    directives = cache_control(response)
    assert int(directives["max-age"]) >= ONE_YEAR
    assert "immutable" in directives and "public" in directives
    assert response["Content-Encoding"] == content_encoding
    assert "Accept-Encoding" in response["Vary"]
    sent = body(response)
    assert len(sent) < SITE_CSS.stat().st_size / 2
    assert decompress(sent) == SITE_CSS.read_bytes()


def test_a_client_that_asks_for_no_compression_gets_the_file_as_it_is(client, collected):
    response = client.get(staticfiles_storage.url("css/site.css"))

    assert not response.has_header("Content-Encoding")
    assert body(response) == SITE_CSS.read_bytes()


def test_the_unhashed_name_is_not_cached_for_long(client, collected):
    """The same file under its plain name may change at the next deploy."""
    response = client.get("/static/css/site.css", HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    body(response)
    directives = cache_control(response)
    assert "immutable" not in directives
    assert int(directives["max-age"]) <= 60 * 60
