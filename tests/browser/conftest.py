"""Browser tests: Playwright drives Debian's Chromium against Django's live server.

``make browser-deps`` (run by ``make test``) installs Chromium, Japanese fonts, Java
and the npm tools (axe-core, vnu-jar). ``playwright install`` cannot download here,
so the ``page`` fixture launches /usr/bin/chromium instead of Playwright's build.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; Django would otherwise
# refuse ORM calls from the test (SynchronousOnlyOperation).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Git-ignored: screenshots to look at after a run.
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"


def require(path_or_command: str | Path, what: str) -> None:
    present = Path(path_or_command).exists() if isinstance(path_or_command, Path) else shutil.which(path_or_command)
    if not present:
        pytest.fail(f"{what} is missing: run `make browser-deps` (installs Chromium, fonts, Java, axe-core and vnu).")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the live-server tests last, after every other test, whatever reordering came before.

    Their transactional database is flushed after each test, which removes what
    Wagtail's migrations created (the page tree's root, the default site, the Editors
    and Moderators groups) that every other test builds on; pytest also regroups tests
    that use pytest-playwright's session-scoped browser, which can pull these tests forward.
    """
    live = [item for item in items if "live_server" in getattr(item, "fixturenames", ())]
    rest = [item for item in items if item not in live]
    items[:] = rest + live


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, the live server reads and writes a database file, as `make run` does, so
    WAL, the busy timeout and IMMEDIATE transactions apply: the browser's own concurrent
    requests (publish, editing-session release, preview) wait for each other. Django's
    default in-memory test database shares one cache between threads and fails them with
    "database table is locked" instead."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("browser-db") / "test.sqlite3")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(CHROMIUM, "Chromium")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def site(live_server, transactional_db):
    """The live site with the SD3 notice loaded, as `make run` serves it.

    Live-server tests use a transactional database, committed for the server's thread
    to read and flushed after each test; the seed is loaded into it for each test.
    """
    call_command("load_sd3_notice", stdout=StringIO())
    return live_server


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def run_axe(page) -> list[dict]:
    """axe-core's serious and critical violations on the loaded page."""
    require(AXE_SCRIPT, "axe-core")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the browser's debugging protocol, not as a <script> element the
        # site's Content Security Policy would refuse (it allows no inline script without its nonce).
        page.evaluate(f"() => {{ {AXE_SCRIPT.read_text(encoding='utf-8')}\n }}")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def page(page):
    """pytest-playwright's page, failing after 5 s instead of 30 s when something is missing."""
    page.set_default_timeout(5_000)
    return page


EDITOR_PASSWORD = "a-long-editor-password"


@pytest.fixture
def editor(site, page):
    """The browser, logged in to the admin as an editor with every permission."""
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    get_user_model().objects.create_superuser(
        "editor", "editor@example.com", EDITOR_PASSWORD, first_name="Eri", last_name="Tanaka"
    )
    page.goto(f"{site.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", EDITOR_PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{site.url}/admin/")
    yield page
    # The editor polls the server (preview, autosave): stop before the database is flushed.
    page.goto("about:blank")
