"""wagtail/bakerydemo, Wagtail's official demo, set up and measured beside our site so
`make bench` can print ratios to it from the same run.

None of its code is kept in this repository. The pinned commit is exported (git archive)
from BAKERYDEMO_REPO (a clone or a bare git directory; default the mirror below when it
exists) into .bench/bakerydemo/src, with its own venv in .bench/bakerydemo/venv. The
set-up follows its README's "Setup with venv" on SQLite: its requirements (base.txt: the
development extras are only formatters and linters) plus gunicorn, `local.py` and `.env`,
`migrate`, `load_initial_data`, then `collectstatic` because with DEBUG off its
ManifestStaticFilesStorage needs the manifest to render a page. Its README's settings
(bakerydemo.settings.dev, which reads local.py last) are kept; local.py turns DEBUG off
and allows 127.0.0.1. A stamp file makes the next run reuse the set-up until the pinned
commit, the Python version or a pinned requirement changes.

It runs under gunicorn with 2 sync workers, as ours. It has no page cache,
so every request renders: its rows have cold figures only ("cached" is None).
"""

import contextlib
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from benchmarks.http_measure import COLD_RUNS, PROJECT_DIR, get, gunicorn, percentiles, server, wrk

# "Version bump to Wagtail 7.2" (Django>=5.2,<5.3): the newest commit that runs on Python 3.11
# and Django 5.2, like our site; every later one needs Django 6 and so Python >= 3.12.
PINNED_COMMIT = "5a01dcd1a4c4e712587e47d6588ee9c41ecedf2f"
DEFAULT_REPO = Path("/work/.mirror/wagtail+bakerydemo/repo")
WORK_DIR = PROJECT_DIR / ".bench" / "bakerydemo"
SOURCE_DIR = WORK_DIR / "src"
VENV_BIN = WORK_DIR / "venv" / "bin"
STAMP = WORK_DIR / "set-up.stamp"
PROBE = Path(__file__).with_name("bakerydemo_probe.py")
# Its requirements are ranges; pip takes the newest in each except here: django-tasks 0.9.0
# fails on Python 3.11 (its TaskResult, a frozen slotted dataclass, raises TypeError when
# created through TaskResult[T](...)), so load_initial_data's first indexing task crashes.
EXTRA_REQUIREMENTS = ("django-tasks==0.8.1", f"gunicorn=={version('gunicorn')}")
SETTINGS_MODULE = "bakerydemo.settings.dev"
# Its README's bakerydemo/settings/local.py, read last by the dev settings.
LOCAL_SETTINGS = 'DEBUG = False\nALLOWED_HOSTS = ["127.0.0.1"]\n'
# A fresh server: which of the 2 workers accepts a request is up to the kernel, so warm
# both up (ours have served every row before theirs is measured).
WARM_UP_REQUESTS = 6
HOW_TO_PROVIDE = "set BAKERYDEMO_REPO to a clone of https://github.com/wagtail/bakerydemo"


@dataclass
class Result:
    # The same shape as site.measure_row's rows, "count" being "bakerydemo".
    rows: list[dict] = field(default_factory=list)
    # How it was set up, or why it was not measured.
    note: str = ""
    blog_post: str = ""  # the path of the blog post it was measured on

    def p50(self, what: str) -> float | None:
        return next((row["cold"][0] for row in self.rows if row["what"] == what), None)

    def locations(self, what: str) -> int:
        return next((row["locations"] for row in self.rows if row["what"] == what), 0)


def not_measured(reason: str) -> Result:
    return Result(note=f"bakerydemo not measured: {reason}")


def prepare() -> str | None:
    """Sets bakerydemo up, or finds it set up; returns why it cannot be measured, or None."""
    named = os.environ.get("BAKERYDEMO_REPO")
    repository = Path(named) if named else DEFAULT_REPO
    if not repository.exists():
        return f"BAKERYDEMO_REPO={named} does not exist; {HOW_TO_PROVIDE}" if named else HOW_TO_PROVIDE
    stamp = "\n".join([PINNED_COMMIT, f"Python {sys.version.split()[0]}", *EXTRA_REQUIREMENTS, ""])
    if STAMP.exists() and STAMP.read_text() == stamp:
        return None
    has_commit = subprocess.run(
        ["git", "-C", str(repository), "cat-file", "-e", f"{PINNED_COMMIT}^{{commit}}"], capture_output=True
    )
    if has_commit.returncode != 0:
        return f"{repository} lacks commit {PINNED_COMMIT[:7]}; {HOW_TO_PROVIDE} (a full clone, not a shallow one)"
    print("  setting up bakerydemo (first run only)", file=sys.stderr, flush=True)
    try:
        _set_up(repository)
    except subprocess.CalledProcessError as error:
        return f"its set-up failed: {_failure(error)}"
    STAMP.write_text(stamp)
    return None


def measure(*, port: int, ceiling_rps: float) -> Result:
    """Its blog post and sitemap, each as site.measure_row measures a cold page of ours."""
    try:
        output = _run(str(VENV_BIN / "python"), "-c", PROBE.read_text(), f"127.0.0.1:{port}").stdout
        probe = json.loads(output.splitlines()[-1])
        pages = [("blog post", probe["blog_post"]), ("sitemap.xml", "/sitemap.xml")]
        command = gunicorn("bakerydemo.wsgi:application", port, executable=VENV_BIN / "gunicorn")
        with server(command, _environment(), ready=lambda: _answers(port), cwd=SOURCE_DIR):
            rows = [_measure_row(label, path, port, ceiling_rps, probe["queries"][path]) for label, path in pages]
    except subprocess.CalledProcessError as error:
        return not_measured(_failure(error))
    except (RuntimeError, OSError) as error:
        return not_measured(str(error))
    versions = probe["versions"]
    return Result(
        rows=rows,
        blog_post=probe["blog_post"],
        note=(
            f"bakerydemo: commit {PINNED_COMMIT[:7]} (Wagtail {versions['wagtail']}, Django {versions['django']}), "
            f"{SETTINGS_MODULE} with DEBUG off, SQLite, no cache; blog post {probe['blog_post']}; "
            f"{WARM_UP_REQUESTS} warm-up requests per page first"
        ),
    )


@contextlib.contextmanager
def serving(port: int):
    """bakerydemo served again while ours runs too, for measurements that interleave
    requests to both (the caller warms up the pages it measures)."""
    command = gunicorn("bakerydemo.wsgi:application", port, executable=VENV_BIN / "gunicorn")
    with server(command, _environment(), ready=lambda: _answers(port), cwd=SOURCE_DIR) as process:
        yield process


def _measure_row(label: str, path: str, port: int, ceiling_rps: float, queries: int) -> dict:
    for _request in range(WARM_UP_REQUESTS):
        status, body, _ms = get(port, path)
        if status != 200:
            raise RuntimeError(f"bakerydemo answered {status} for {path}")
    cold = [get(port, path, as_reader=True)[2] for _run in range(COLD_RUNS)]
    throughput = wrk(port, path)
    return {
        "count": "bakerydemo",
        "what": label,
        "cold": percentiles(cold),
        "cached": None,
        "rps": throughput,
        "share": throughput / ceiling_rps,
        "sql": (queries, None),
        "bytes": (len(body), len(gzip.compress(body, 6))),
        "locations": body.count(b"<loc>"),  # a sitemap's addresses (each per language)
    }


def _set_up(repository: Path) -> None:
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    SOURCE_DIR.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repository), "archive", PINNED_COMMIT], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(SOURCE_DIR, filter="data")
    _run(sys.executable, "-m", "venv", str(WORK_DIR / "venv"))
    _run(str(VENV_BIN / "pip"), "install", "--quiet", "-r", "requirements/base.txt", *EXTRA_REQUIREMENTS)
    settings = SOURCE_DIR / "bakerydemo" / "settings"
    (settings / "local.py").write_text(LOCAL_SETTINGS)
    shutil.copy(SOURCE_DIR / ".env.example", SOURCE_DIR / ".env")
    manage = [str(VENV_BIN / "python"), "manage.py"]
    _run(*manage, "migrate", "--noinput")
    _run(*manage, "load_initial_data")
    _run(*manage, "collectstatic", "--noinput")


def _environment() -> dict[str, str]:
    # Only what a shell needs: ours carries DATABASE_URL and DJANGO_* settings that
    # bakerydemo's settings would also read (DATABASE_URL would point it at PostgreSQL).
    kept = {name: os.environ[name] for name in ("PATH", "HOME", "LANG", "TMPDIR") if name in os.environ}
    return {**kept, "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE}


def _run(*command: str) -> subprocess.CompletedProcess:
    # pip needs the registry settings (PIP_*, proxies, certificates) from the environment.
    env = _environment() | {name: value for name, value in os.environ.items() if _reaches_registry(name)}
    return subprocess.run(command, cwd=SOURCE_DIR, env=env, capture_output=True, check=True)


def _failure(error: subprocess.CalledProcessError) -> str:
    # The command's first words (the probe's would be its whole text) and its last words.
    said = (error.stderr or error.stdout or b"").decode(errors="replace").strip().splitlines()[-3:]
    command = " ".join(str(word) for word in error.cmd[:3] if "\n" not in str(word))
    return f"`{command}` exited with {error.returncode}: {' '.join(said)}"


def _reaches_registry(name: str) -> bool:
    return name.startswith("PIP_") or name.lower().endswith("_proxy") or name.startswith(("SSL_CERT_", "REQUESTS_CA"))


def _answers(port: int) -> bool:
    try:
        get(port, "/")
    except OSError:
        return False
    return True
