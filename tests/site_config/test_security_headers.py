"""Security headers: a Content Security Policy with no inline script on public HTML, the admin under a
policy Wagtail works with, Permissions-Policy and X-Frame-Options on every response type,
and a production configuration that passes ``check --deploy`` with no warning."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_public_html_runs_no_inline_script(client, home_page, language):
    page = AnnouncementPageFactory()
    response = client.get(f"/{language}/{page.slug_en}/")

    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    # The only inline script is JSON-LD: a data block, never executed, outside CSP's reach.
    scripts = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert scripts, "the page carries JSON-LD"
    assert all('type="application/ld+json"' in tag and "src=" not in tag for tag in scripts)
    # No per-request nonce: the same policy for every reader, so the page can be shared from cache.
    assert client.get(f"/{language}/{page.slug_en}/")["Content-Security-Policy"] == response["Content-Security-Policy"]


def test_the_admin_has_a_policy_wagtail_works_with(superuser_client, home_page):
    response = superuser_client.get(f"/admin/pages/{home_page.pk}/edit/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/ja/feeds/rss/",
        "/en/feeds/json/",
        "/sitemap.xml",
        "/robots.txt",
        "/en/no-such-page/",
        "/static/css/site.css",
        "/admin/login/",
    ],
)
def test_every_response_type_carries_frame_and_permissions_headers(client, home_page, path):
    response = client.get(path)

    assert response.status_code in (200, 404)
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def run_in_production(*arguments: str) -> subprocess.CompletedProcess:
    """``arguments`` run with the production settings and dummy values for what they require."""
    # The test run's own environment, less what the browser tests set for themselves.
    inherited = {name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": "postgres://user:password@127.0.0.1:5432/announcements",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    }
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks_with_no_warning():
    result = run_in_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues (1 silenced)" in result.stdout  # HSTS preload, left to the operator


def test_production_asks_for_https_for_a_year_by_default():
    script = "import django; django.setup(); from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)"
    result = run_in_production("-c", script)

    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) >= 365 * 24 * 60 * 60
