"""`make run` (site_config.settings.dev) serves readers what production serves.

DEBUG is off unless DJANGO_DEBUG=1, so a missing page is the site's own 404 in the
language of the URL, an error is the site's own 500, and still static files, the
admin's CSS and uploaded media are served without collectstatic or --insecure.
"""

import importlib
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.html import soup

PROJECT_DIR = Path(__file__).resolve().parents[2]
SITE_CSS = PROJECT_DIR / "site_config" / "static" / "css" / "site.css"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’]*")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]+")
# The only Latin-script word the Japanese error pages may contain ("このURLのページはありません").
LATIN_ALLOWED_ON_JAPANESE_ERROR_PAGES = {"URL"}


def run_python(settings_module: str, code: str = "", **env: str) -> subprocess.CompletedProcess:
    """Run `code` after django.setup() in a fresh interpreter, as `manage.py` would start."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "CELERY_", "ALLOWED_HOSTS"))
    }
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + textwrap.dedent(code)],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def dev_settings(**env: str) -> dict:
    result = run_python(
        "site_config.settings.dev",
        """
        import json
        from django.conf import settings
        names = ["DEBUG", "ALLOWED_HOSTS", "SERVE_MEDIA_FILES", "WHITENOISE_USE_FINDERS"]
        print(json.dumps({name: getattr(settings, name) for name in names}))
        """,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_runs_with_debug_off_by_default():
    values = dev_settings()

    assert values["DEBUG"] is False
    assert {"localhost", "127.0.0.1"} <= set(values["ALLOWED_HOSTS"])
    assert values["WHITENOISE_USE_FINDERS"] is True
    assert values["SERVE_MEDIA_FILES"] is True


@pytest.mark.parametrize(("value", "debug"), [("1", True), ("0", False)])
def test_django_debug_turns_debug_on_in_dev(value, debug):
    assert dev_settings(DJANGO_DEBUG=value)["DEBUG"] is debug


def test_make_run_serves_static_files_and_media_with_debug_off(tmp_path):
    """The real dev settings, no collectstatic, requests as a browser on 127.0.0.1:8000 sends them."""
    media = tmp_path / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "upload.txt").write_bytes(b"uploaded by an editor")
    result = run_python(
        "site_config.settings.dev",
        """
        import json, os, sys
        from django.conf import settings
        # Before the first request imports site_config.urls, which binds MEDIA_ROOT.
        # (Only files that exist are asked for: a 404 would query the database.)
        assert "site_config.urls" not in sys.modules
        settings.MEDIA_ROOT = os.environ["TEST_MEDIA_ROOT"]
        from django.test import Client
        answers = {}
        for host in ("127.0.0.1:8000", "localhost:8000"):
            client = Client(HTTP_HOST=host)
            for path in (
                "/static/css/site.css",
                "/static/wagtailadmin/css/core.css",
                "/media/images/upload.txt",
            ):
                response = client.get(path)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                content_type = response.get("Content-Type")
                answers[host + path] = [settings.DEBUG, response.status_code, content_type, body.decode()]
        print(json.dumps(answers))
        """,
        TEST_MEDIA_ROOT=str(media),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])

    for host in ("127.0.0.1:8000", "localhost:8000"):
        debug, status, content_type, body = answers[f"{host}/static/css/site.css"]
        assert (debug, status) == (False, 200)
        assert content_type.startswith("text/css")
        assert body == SITE_CSS.read_text()
        debug, status, content_type, body = answers[f"{host}/static/wagtailadmin/css/core.css"]
        assert (status, content_type.split(";")[0]) == (200, "text/css")
        assert len(body) > 1000
        assert answers[f"{host}/media/images/upload.txt"][1:] == [200, "text/plain", "uploaded by an editor"]


def test_production_never_serves_media_from_django():
    result = run_python(
        "site_config.settings.production",
        """
        from django.conf import settings
        from django.urls import Resolver404, resolve
        assert settings.SERVE_MEDIA_FILES is False
        try:
            match = resolve(settings.MEDIA_URL + "images/upload.jpg")
        except Resolver404:
            print("not served")
        else:
            print("served by", match.func)
        """,
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/announcements",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "not served"


@pytest.fixture
def dev(settings, monkeypatch):
    """This test process, with the values dev.py gives when DJANGO_DEBUG is not set."""
    monkeypatch.delenv("DJANGO_DEBUG", raising=False)
    module = importlib.reload(importlib.import_module("site_config.settings.dev"))
    for name in ("DEBUG", "ALLOWED_HOSTS", "STORAGES", "WHITENOISE_USE_FINDERS", "WHITENOISE_AUTOREFRESH"):
        setattr(settings, name, getattr(module, name))
    assert settings.DEBUG is False
    return settings


def text_in_language(response, language: str) -> str:
    """Visible text, the title and labels, without elements marked as another language."""
    document = soup(response)
    title = document.title.get_text() if document.title else ""
    for hidden in document(["script", "style", "head"]):
        hidden.decompose()
    for element in document.select("[lang]"):
        if element.name != "html" and element.get("lang") != language:
            element.decompose()
    labels = [tag[attr] for attr in ("alt", "aria-label", "title") for tag in document.select(f"[{attr}]")]
    return " ".join([title, document.get_text(" "), *labels])


def heading(response) -> str:
    return soup(response).h1.get_text(" ", strip=True)


@pytest.mark.django_db
def test_a_missing_japanese_page_is_the_sites_japanese_404(client, dev):
    # The URL decides the language, not the browser's preference.
    response = client.get("/ja/no-such-page/", HTTP_HOST="127.0.0.1:8000", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    assert soup(response).html["lang"] == "ja"
    assert heading(response) == "ページが見つかりません"
    assert soup(response).title.get_text().startswith("ページが見つかりません")
    text = text_in_language(response, "ja")
    assert "このURLのページはありません。" in text
    assert "お知らせ一覧へ" in text
    assert set(LATIN_WORD.findall(text)) <= LATIN_ALLOWED_ON_JAPANESE_ERROR_PAGES, text
    # The way back to each language's home page, the Japanese one marked as current.
    links = {a["hreflang"]: a for a in soup(response).select(".language-switcher a")}
    assert links["ja"]["href"] == "/ja/" and links["ja"].get("aria-current") == "page"
    assert links["en"]["href"] == "/en/" and links["en"]["lang"] == "en"


@pytest.mark.django_db
def test_a_missing_english_page_is_the_sites_english_404(client, dev):
    response = client.get("/en/no-such-page/", HTTP_HOST="localhost:8000", HTTP_ACCEPT_LANGUAGE="ja")

    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    assert soup(response).html["lang"] == "en"
    assert heading(response) == "Page not found"
    assert "There is no page at this address." in text_in_language(response, "en")
    assert JAPANESE.findall(text_in_language(response, "en")) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title", "message"),
    [
        ("ja", "問題が発生しました", "当サイト側のエラーにより、ページを表示できませんでした。"),
        ("en", "Something went wrong", "The page could not be shown because of an error on our side."),
    ],
)
def test_an_error_is_the_sites_500_without_a_traceback(client, dev, monkeypatch, language, title, message):
    from announcements.models import AnnouncementIndexPage

    def broken(*args, **kwargs):
        raise RuntimeError("secret-internal-detail")

    monkeypatch.setattr(AnnouncementIndexPage, "get_context", broken)
    client.raise_request_exception = False

    response = client.get(f"/{language}/", HTTP_HOST="127.0.0.1:8000")

    assert response.status_code == 500
    content = response.content.decode()
    assert "secret-internal-detail" not in content
    assert "Traceback" not in content
    document = BeautifulSoup(content, "html.parser")
    assert document.html["lang"] == language
    assert document.title.get_text() == title
    assert document.h1.get_text() == title
    text = text_in_language(response, language)
    assert message in text
    if language == "ja":
        assert set(LATIN_WORD.findall(text)) <= LATIN_ALLOWED_ON_JAPANESE_ERROR_PAGES, text


def test_make_runs_processes_share_one_cache():
    """The scheduler (its own process) retires what the server cached: both see one cache."""
    key = f"shared-cache-check-{os.getpid()}"
    written = run_python(
        "site_config.settings.dev", f"from django.core.cache import cache\ncache.set('{key}', 'seen', 60)"
    )
    read = run_python(
        "site_config.settings.dev",
        f"from django.core.cache import cache\nprint(cache.get('{key}'))\ncache.delete('{key}')",
    )

    assert written.returncode == 0 and read.returncode == 0, written.stderr + read.stderr
    assert read.stdout.strip().splitlines()[-1] == "seen"
