"""Publish latency of the SD3 notice: median of 20, with the broker up and down, with
Wagtail's own tasks inline (django-tasks' immediate backend) and queued on Celery
(django-tasks-fennel). Run with `make bench`; prints a table.

No worker runs: this measures what an editor waits for when pressing Publish.
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
RUNS = 20


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def child() -> None:
    """Publish the notice RUNS times in this process and print the timings as JSON."""
    import django

    django.setup()
    from django.db import connection

    from announcements.models import AnnouncementPage

    timings, failures = [], []
    page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    for run in range(RUNS):
        # Both languages change together: publishing refuses a language left out of date.
        page.title_en, page.title_ja = f"SD3 is un-banned (edit {run})", f"SD3解禁（編集{run}）"
        started = time.perf_counter()
        try:
            page.save_revision().publish()
        except Exception as error:  # a failed publish is a result to report, not a crash
            failures.append(f"{type(error).__name__}: {str(error)[:120]}")
        timings.append(time.perf_counter() - started)
        page = AnnouncementPage.objects.get(pk=page.pk)
    connection.close()
    print(json.dumps({"timings": timings, "failures": failures}))


def prepare_database(directory: Path) -> Path:
    database = directory / "bench.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings", "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("REDIS_URL", None)
    for command in (["migrate", "--noinput", "-v", "0"], ["load_sd3_notice"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=env, check=True, capture_output=True
        )
    return database


def run_scenario(template: Path, directory: Path, *, wagtail_tasks: str, broker: str, broker_url: str) -> dict:
    database = directory / f"{wagtail_tasks}-{broker}.sqlite3"
    shutil.copy(template, database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "CELERY_BROKER_URL": broker_url,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "BENCH_WAGTAIL_TASKS": wagtail_tasks,
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(PROJECT_DIR),
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.publish_latency", "--child"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    port = free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    down_url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    try:
        with tempfile.TemporaryDirectory() as scratch:
            directory = Path(scratch)
            template = prepare_database(directory)
            print(f"Publish latency of the SD3 notice, {RUNS} publishes each (seconds)")
            print(f"{'Wagtail tasks':<14} {'broker':<7} {'median':>8} {'p90':>8} {'max':>8}  failures")
            for wagtail_tasks in ("inline", "queued"):
                for label, url in (("up", f"redis://127.0.0.1:{port}/0"), ("down", down_url)):
                    outcome = run_scenario(
                        template, directory, wagtail_tasks=wagtail_tasks, broker=label, broker_url=url
                    )
                    if "error" in outcome:
                        print(f"{wagtail_tasks:<14} {label:<7} could not run: {outcome['error']}")
                        continue
                    timings = sorted(outcome["timings"])
                    p90 = timings[int(len(timings) * 0.9) - 1]
                    failures = outcome["failures"]
                    note = f"{len(failures)}/{RUNS}" + (f" ({failures[0]})" if failures else "")
                    print(
                        f"{wagtail_tasks:<14} {label:<7} {statistics.median(timings):>8.3f} {p90:>8.3f} "
                        f"{timings[-1]:>8.3f}  {note}"
                    )
    finally:
        redis.terminate()
        redis.wait()


if __name__ == "__main__":
    child() if "--child" in sys.argv else main()
