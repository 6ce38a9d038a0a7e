"""Autosave, live preview and publishing at once on `make run`'s SQLite never fail.

A development server with the `make run` settings (site_config.settings.dev: a SQLite file
in WAL mode, immediate transactions, a busy timeout, side effects in-process) serves a
database seeded as `make run` seeds it. For a few seconds, editors' browsers post the SD3
notice's edit form to the live preview and render it in both languages, autosave it, and
publish it through the admin, while another process publishes it from code (as scheduled
publishing does). Every response must be one the admin expects (never a 500) and the
server's log must not say "database is locked".
"""

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import requests
from django.db import connection
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

PROJECT_DIR = Path(__file__).resolve().parents[2]
HAMMER_SECONDS = 5
PASSWORD = "concurrent-editing-password"


def free_port_for_servers() -> int:
    """A free port from 8800 to 8899, kept for servers tests start."""
    for port in range(8800, 8900):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port between 8800 and 8899")


def make_run_environment(database: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "ADMIN_USERNAME": "admin",
        "ADMIN_PASSWORD": PASSWORD,
        "PYTHONPATH": str(PROJECT_DIR),
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("REDIS_URL", "CELERY_BROKER_URL", "CELERY_TASK_ALWAYS_EAGER", "DJANGO_DEBUG", "LOG_LEVEL"):
        env.pop(name, None)  # make run has no broker and no Redis
    return env


def migrated_database(path: Path, env: dict) -> None:
    """What `manage.py migrate` makes. The test database is one already: copying it (SQLite's
    VACUUM INTO) takes a moment where migrating a new file takes most of this test's budget."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(path)])
        return
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        capture_output=True,
    )


def wait_for_server(url: str, server: subprocess.Popen, log: Path, *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"The server stopped:\n{log.read_text()[-3000:]}")
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.2)  # still starting: waiting for a port to open, not for a result
    pytest.fail(f"The server did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def make_run_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The base URL of a `make run`-style server, its log, and its database's environment."""
    directory = tmp_path_factory.mktemp("make-run")
    database = directory / "db.sqlite3"
    env = make_run_environment(database)
    with django_db_blocker.unblock():
        migrated_database(database, env)
    port = free_port_for_servers()
    log = directory / "server.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.announcements.make_run_processes", "serve", str(port)],
            cwd=PROJECT_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(f"{base_url}/admin/login/", server, log)
        yield {"url": base_url, "log": log, "env": env, "database": database}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(directory, ignore_errors=True)


def logged_in(base_url: str) -> requests.Session:
    session = requests.Session()
    session.get(f"{base_url}/admin/login/", timeout=30)
    response = session.post(
        f"{base_url}/admin/login/",
        data={"username": "admin", "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=30,
    )
    assert response.url.rstrip("/").endswith("/admin"), "could not log in to the admin"
    return session


def notice_edit_url(site: dict) -> str:
    with sqlite3.connect(site["database"]) as database:
        (page_id,) = database.execute("SELECT id FROM wagtailcore_page WHERE slug_en = 'sd3-un-banned'").fetchone()
    return f"{site['url']}/admin/pages/{page_id}/edit/"


def edit_form(session: requests.Session, edit_url: str) -> dict:
    """The edit form as the browser posts it: its HTML inputs, and a bilingual body (the
    StreamField has no inputs in the HTML; the browser's script builds them)."""
    html = session.get(edit_url, timeout=30).text
    posted = querydict_from_html(html, form_id="page-edit-form")
    data = {name: values[0].removeprefix("\n") for name, values in posted.lists() if "__prefix__" not in name}
    data["topics"] = posted.getlist("topics")
    data.pop("loaded_revision_id", None)  # an autosave that may overwrite: the most writing
    data.pop("loaded_revision_created_at", None)
    paragraph = {"text_en": rich_text("<p>Edited at once.</p>"), "text_ja": rich_text("<p>同時に編集。</p>")}
    body = streamfield([("paragraph", paragraph)])
    return {**data, **nested_form_data({"body": body})}


class Editors:
    """Browsers working on the notice at once; every response is recorded."""

    def __init__(self, site: dict):
        self.base_url = site["url"]
        self.responses: Counter = Counter()
        self.slowest: dict[str, float] = {}
        self.unexpected: list[str] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.edit_url = notice_edit_url(site)
        self.form = edit_form(logged_in(self.base_url), self.edit_url)

    def record(self, what: str, response: requests.Response, expected: set[int]) -> None:
        with self.lock:
            self.responses[(what, response.status_code)] += 1
            self.slowest[what] = max(self.slowest.get(what, 0), response.elapsed.total_seconds())
            if response.status_code not in expected:
                self.unexpected.append(f"{what}: {response.status_code} {response.text[:300]}")

    def edited(self, session: requests.Session, who: str, run: int) -> dict:
        # Both languages change together, or publishing refuses the stale one (a 200 with errors).
        return {
            **self.form,
            "title_en": f"SD3 ({who} {run})",
            "title_ja": f"SD3（{who} {run}）",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        }

    def previewer(self, who: str) -> None:
        session, preview_url = logged_in(self.base_url), f"{self.edit_url}preview/"
        run = 0
        while not self.stop.is_set():
            run += 1
            self.record(
                "preview POST", session.post(preview_url, data=self.edited(session, who, run), timeout=60), {200}
            )
            mode = ("en", "ja")[run % 2]
            self.record("preview GET", session.get(preview_url, params={"mode": mode}, timeout=60), {200})

    def autosaver(self) -> None:
        session = logged_in(self.base_url)
        run = 0
        while not self.stop.is_set():
            run += 1
            response = session.post(
                self.edit_url,
                data=self.edited(session, "autosave", run),
                headers={"Accept": "application/json"},
                timeout=60,
            )
            self.record("autosave", response, {200})

    def publisher(self) -> None:
        session = logged_in(self.base_url)
        run = 0
        while not self.stop.is_set():
            run += 1
            data = {**self.edited(session, "publish", run), "action-publish": "publish"}
            self.record("publish", session.post(self.edit_url, data=data, allow_redirects=False, timeout=60), {302})


# The test database is where the server's is copied from (make_run_site): it must exist.
@pytest.mark.django_db
def test_preview_autosave_and_publishing_at_once_never_fail(make_run_site):
    editors = Editors(make_run_site)
    code_publisher = subprocess.Popen(
        [sys.executable, "-m", "tests.announcements.make_run_processes", "publish", str(HAMMER_SECONDS)],
        cwd=PROJECT_DIR,
        env=make_run_site["env"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    browsers = [
        threading.Thread(target=editors.previewer, args=("preview-a",)),
        threading.Thread(target=editors.previewer, args=("preview-b",)),
        threading.Thread(target=editors.autosaver),
        threading.Thread(target=editors.publisher),
    ]
    for browser in browsers:
        browser.start()
    try:
        code_output, _ = code_publisher.communicate(timeout=HAMMER_SECONDS + 60)
    finally:
        editors.stop.set()
        for browser in browsers:
            browser.join(timeout=120)

    log = make_run_site["log"].read_text()
    assert editors.unexpected == [], editors.unexpected[:5]
    assert "database is locked" not in log
    assert "Traceback" not in log, log[log.find("Traceback") :][:3000]
    assert code_publisher.returncode == 0, code_output[-3000:]
    # It was a real race: every kind of request was answered, and both publishers published.
    for what, status in (("preview POST", 200), ("preview GET", 200), ("autosave", 200), ("publish", 302)):
        assert editors.responses[(what, status)] >= 2, (editors.responses, editors.slowest)
    published = re.search(r"^published (\d+)$", code_output, re.MULTILINE)
    assert published and int(published[1]) >= 2, code_output[-3000:]
