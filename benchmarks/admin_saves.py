"""What "Save draft" and "Publish" cost an editor in the Wagtail admin under `make run`.

Runs the `make run` settings (site_config.settings.dev: SQLite file in WAL mode, tasks
in-process, local-memory cache) on a throwaway database seeded as `make run` seeds it.
A superuser posts the full edit form (every field the browser sends, the body as the
editor's form submits it) of the SD3 notice, of a FAQ and of license version 2 with its
clauses, through Django's test client: 10 saves of a draft, then 10 publishes of each,
each a real change of a text in both languages. Prints median, p90 and max of the time
until the response, with the edit view the browser is then redirected to, and until the
last side effect is done (they run after the response under `make run`).

`python -m benchmarks.admin_saves --profile` prints a pyinstrument profile of one save
and one publish instead.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
CLICKS = 10


def dev_environment(database: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(PROJECT_DIR),
    }
    # make run has no broker and no Redis: tasks run in-process, the cache is local memory.
    for name in ("REDIS_URL", "CELERY_BROKER_URL", "CELERY_TASK_ALWAYS_EAGER", "DJANGO_DEBUG"):
        env.pop(name, None)
    return env


def prepare_database(directory: Path) -> Path:
    """What `make run` does before serving: migrate, load the SD3 notice, index it."""
    database = directory / "bench.sqlite3"
    env = dev_environment(database)
    for command in (["migrate", "--noinput", "-v", "0"], ["load_sd3_notice"], ["rebuild_search_index"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=env, check=True, capture_output=True
        )
    return database


def child(profile: bool) -> None:
    """In a process with the `make run` settings: click each button CLICKS times."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from announcements.models import FAQ, AnnouncementPage
    from announcements.publishing.after_response import wait_until_idle
    from announcements.publishing.models import SideEffect
    from licenses.models import LicenseVersion
    from tests.admin_forms import edit_form_data

    user = get_user_model().objects.create_superuser("bench-editor", "bench-editor@localhost", None)
    client = Client(SERVER_NAME="127.0.0.1")  # an address make run's ALLOWED_HOSTS accept
    client.force_login(user)
    page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    faq = FAQ.objects.order_by("sort_order", "pk").first()
    version = LicenseVersion.objects.get(slug="v2")
    # What each subject's editor edits (in both languages) and where.
    subjects = {
        "page": (f"/admin/pages/{page.pk}/edit/", page, "title"),
        "FAQ": (f"/admin/snippets/announcements/faq/edit/{faq.pk}/", faq, "question"),
        "version": (f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/", version, "summary"),
    }
    forms = {
        name: edit_form_data(client, item, url=None if name == "page" else url)
        for name, (url, item, _field) in subjects.items()
    }

    def click(action: str, run: int, subject: str = "page") -> tuple[float, float, float]:
        """Press the button; seconds until the answer, the edit view again, the last side effect."""
        edit_url, _item, field = subjects[subject]
        form = forms[subject]
        # Both languages change together, so neither is left out of date (which publishing refuses).
        edit = f"{action} {run}"
        data = {
            **form,
            f"{field}_en": f"{form[f'{field}_en']} ({edit})",
            f"{field}_ja": f"{form[f'{field}_ja']}（{edit}）",
        }
        if action == "publish":
            data["action-publish"] = "publish"
        started = time.perf_counter()
        response = client.post(edit_url, data)
        answered = time.perf_counter()
        if response.status_code != 302:
            raise SystemExit(f"{subject} {action} answered {response.status_code}, not a redirect back to the editor")
        # The browser follows the redirect: the editor sees the edit view (or listing) after this.
        client.get(response.url)
        reloaded = time.perf_counter()
        # An editor does not click again before the last side effect is done: measure when
        # it is, and keep it out of the next click's timing.
        wait_until_idle()
        return answered - started, reloaded - started, time.perf_counter() - started

    if profile:
        from pyinstrument import Profiler

        click("save", 0)  # warm up: first-request imports and caches are not the editor's every click
        for action in ("save", "publish"):
            profiler = Profiler(interval=0.001)
            with profiler:
                click(action, 1)
            print(f"==== {action} ====", file=sys.stderr)
            print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)
        return

    results = {}
    for subject in subjects:
        click("save", 0, subject)  # warm up, as above
        for action in ("save", "publish"):
            results[f"{subject} {action}"] = [click(action, run, subject) for run in range(1, CLICKS + 1)]
    # Effects run after the response must still all be done, once each.
    results["effects"] = dict(Counter(SideEffect.objects.values_list("status", flat=True)))
    print(json.dumps(results))


def p90(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.9) - 1]


def summarise(label: str, timings: list[list[float]]) -> str:
    answers, reloads, done = (list(column) for column in zip(*timings, strict=True))
    return (
        f"{label:<18} {statistics.median(answers):>8.3f} {p90(answers):>8.3f} {max(answers):>8.3f} "
        f"{statistics.median(reloads):>10.3f} {p90(reloads):>8.3f} {statistics.median(done):>10.3f}"
    )


def main(profile: bool = False) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        database = prepare_database(Path(scratch))
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.admin_saves", "--child", *(["--profile"] if profile else [])],
            cwd=PROJECT_DIR,
            env=dev_environment(database),
            capture_output=True,
            text=True,
            timeout=600,
        )
    if result.returncode != 0:
        print(f"Admin saves could not run:\n{result.stderr.strip()[-2000:]}")
        return
    if profile:
        print(result.stderr)
        return
    results = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"Admin edit views under make run settings, {CLICKS} clicks each (seconds)")
    print("The POST's answer; + page: with the view it redirects to; all done: the last side effect too")
    print("page: the SD3 notice; FAQ: the first FAQ; version: license version 2 and its clauses")
    print(f"{'button':<18} {'median':>8} {'p90':>8} {'max':>8} {'+ page med':>10} {'p90':>8} {'all done':>10}")
    for subject in ("page", "FAQ", "version"):
        print(summarise(f"{subject} Save draft", results[f"{subject} save"]))
        print(summarise(f"{subject} Publish", results[f"{subject} publish"]))
    statuses = ", ".join(f"{count} {status}" for status, count in results["effects"].items())
    print(f"Side effects by status afterwards: {statuses}")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(profile="--profile" in sys.argv)
    else:
        main(profile="--profile" in sys.argv)
