"""The database restarting under load: while it is down requests fail fast, and once it is back
they succeed again, with no restart of the web process (Django's connection health checks
drop the dead persistent connection).

The test starts a PostgreSQL server of its own (Debian's binaries, on a free port, in a temp
dir, as the ``postgres`` user), copies the test database into it with pg_dump, serves the site
from it with gunicorn, and stops and starts that server while four threads keep reading.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

PG_BIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not (PG_BIN / "initdb").exists(), reason="Debian's PostgreSQL 15 binaries are not installed"),
    pytest.mark.skipif(shutil.which("runuser") is None, reason="runuser is needed to run PostgreSQL as postgres"),
]
PATHS = ("/sitemap.xml", "/en/licenses/")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivatePostgres:
    def __init__(self, root: Path):
        self.root, self.port = root, free_port()
        self.data = root / "data"
        root.mkdir(parents=True, exist_ok=True)
        shutil.chown(root, "postgres")

    def _as_postgres(self, *command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self._as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start"
        )

    def stop(self) -> None:
        self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


def copy_test_database(server: PrivatePostgres) -> None:
    """The migrated test database (Wagtail's root page and site, the roles) into ``server``."""
    source = connection.settings_dict
    subprocess.run(
        [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "site"], check=True
    )
    dump = subprocess.run(
        [
            str(PG_BIN / "pg_dump"),
            "--no-owner",
            "--no-privileges",
            "-h",
            source["HOST"] or "127.0.0.1",
            "-p",
            str(source["PORT"] or 5432),
            "-U",
            source["USER"] or "postgres",
            source["NAME"],
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [
            str(PG_BIN / "psql"),
            "-q",
            "-h",
            "127.0.0.1",
            "-p",
            str(server.port),
            "-U",
            "postgres",
            "-d",
            "site",
            "-v",
            "ON_ERROR_STOP=1",
        ],
        input=dump.stdout,
        check=True,
        capture_output=True,
        timeout=120,
    )


def serve(database_url: str, port: int) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "600",  # one persistent connection, which the restart kills
        "REDIS_URL": "",
        "CELERY_BROKER_URL": "",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [
            str(gunicorn),
            "site_config.wsgi:application",
            "--workers",
            "1",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "30",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def get(port: int, path: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db
def test_requests_fail_fast_while_the_database_is_down_and_recover_without_a_restart():
    # Not pytest's tmp_path: the postgres user cannot enter root's private pytest folder.
    root = Path(tempfile.mkdtemp(prefix="restart-postgres-"))
    root.chmod(0o755)
    database = PrivatePostgres(root / "postgres")
    database.init()
    database.start()
    port = free_port()
    server = None
    try:
        copy_test_database(database)
        server = serve(database.url("site"), port)
        assert wait_until(lambda: get(port, PATHS[0])[0] == 200, 60), "the site never came up"

        log: list[tuple[str, float, int, float]] = []  # (phase, start, status, seconds)
        phase = {"name": "up"}
        stop = threading.Event()

        def reader(offset: int) -> None:
            number = offset
            while not stop.is_set():
                path = PATHS[number % len(PATHS)]
                began_in, began_at = phase["name"], time.monotonic()
                status, seconds = get(port, path)
                # A request that spans a change of phase belongs to neither: one begun just
                # before the server stopped may end, either way, after "down" is set.
                if phase["name"] == began_in:
                    log.append((began_in, began_at, status, seconds))
                number += 1

        threads = [threading.Thread(target=reader, args=(offset,)) for offset in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(2)
        phase["name"] = "stopping"
        database.stop()
        phase["name"] = "down"
        time.sleep(3)
        phase["name"] = "starting"
        database.start()
        back_at = time.monotonic()
        phase["name"] = "back"
        time.sleep(4)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)

        assert server.poll() is None, "the web process exited"
        up = [entry for entry in log if entry[0] == "up"]
        down = [entry for entry in log if entry[0] == "down"]
        back = [entry for entry in log if entry[0] == "back"]
        assert up and all(status == 200 for _p, _t, status, _s in up)
        assert down and all(status >= 500 for _p, _t, status, _s in down)
        assert max(seconds for *_rest, seconds in down) < 2.0, "requests must fail fast while the database is down"
        recovered = [moment for _p, moment, status, _s in back if status == 200]
        assert recovered, "no request succeeded after the database came back"
        assert min(recovered) - back_at < 3.0
        assert all(status == 200 for _p, moment, status, _s in back if moment > min(recovered) + 1.0)
        print(
            f"\n{len(log)} requests: {len(down)} while down (slowest {max(s for *_r, s in down) * 1000:.0f} ms), "
            f"first success {(min(recovered) - back_at) * 1000:.0f} ms after the database was back"
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        with contextlib.suppress(subprocess.CalledProcessError):
            database.stop()
        shutil.rmtree(root, ignore_errors=True)
