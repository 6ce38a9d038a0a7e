"""Two web processes sharing one PostgreSQL and one Redis behave as one site: what an
editor publishes through one is served fresh by the other at once, with no worker and
the broker unreachable (cached copies are retired with the change itself)."""

import os
import re
import subprocess
import sys
from contextlib import ExitStack, contextmanager
from io import StringIO

import pytest
import requests
from django.contrib.auth import get_user_model
from django.core.management import call_command

from announcements.models import AnnouncementPage
from announcements.response_cache import HIT_HEADER
from tests.announcements.publishing.processes import PROJECT_DIR, django_env, free_port, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]

PUBLIC_HOST = "testserver"  # the configured site (WAGTAILADMIN_BASE_URL), as a load balancer passes it on
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@contextmanager
def web_process(env: dict[str, str]):
    """A gunicorn serving the site on a spare port; yields its base URL."""
    port = free_port()
    log_path = PROJECT_DIR / "artifacts" / f"web-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            # As `make serve` starts it (site_config/gunicorn.conf.py: the app preloaded and
            # shared by forked workers), with one worker.
            [sys.executable, "-m", "gunicorn", "-c", "site_config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
             "--workers", "1"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until(lambda: _answers(base), timeout=30, what=f"gunicorn on port {port}")
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


def _answers(base: str) -> bool:
    try:
        requests.get(f"{base}/robots.txt", timeout=10)
        return True
    except requests.RequestException:
        return False


def read(base: str, path: str) -> requests.Response:
    return requests.get(f"{base}{path}", headers={"Host": PUBLIC_HOST}, timeout=10)


def publish_through_admin(base: str, page_id: int, *, username: str, password: str) -> None:
    """An editor logs in to this process's admin and publishes the page's latest draft."""
    session = requests.Session()
    login = session.get(f"{base}/admin/login/", timeout=10)
    token = CSRF_FIELD.search(login.text).group(1)
    session.post(
        f"{base}/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
        timeout=10,
    ).raise_for_status()
    url = f"{base}/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
    token = CSRF_FIELD.search(session.get(url, timeout=10).text).group(1)
    session.post(url, data={"csrfmiddlewaretoken": token}, timeout=30).raise_for_status()


@pytest.fixture
def site():
    call_command("load_sd3_notice", stdout=StringIO())
    get_user_model().objects.create_superuser("editor", "editor@example.com", "a-long-test-password")
    return AnnouncementPage.objects.get(slug_en="sd3-un-banned")


def test_a_publish_through_one_process_is_served_fresh_by_the_other(site):
    # The broker is unreachable (nothing listens on a spare port) and no worker runs.
    env = django_env(f"redis://127.0.0.1:{free_port()}/0", RESPONSE_CACHE_SECONDS="300")
    assert env.get("REDIS_URL") == os.environ["REDIS_URL"]
    paths = [f"/en/{site.slug_en}/", "/en/", "/en/feeds/atom/"]
    with ExitStack() as stack:
        one, other = (stack.enter_context(web_process(env)) for _ in range(2))
        for path in paths:
            read(one, path)
            assert read(other, path).headers.get(HIT_HEADER) == "hit", path  # shared: one rendered, both serve it

        site.title_en = "SD3 is back: published through the other process"
        site.title_ja = "SD3が戻りました（別のプロセスから公開）"
        site.save_revision()
        publish_through_admin(one, site.pk, username="editor", password="a-long-test-password")

        for path in paths:
            response = read(other, path)
            assert response.status_code == 200
            assert "SD3 is back: published through the other process" in response.text, path
