"""Real processes for integration tests: a private redis-server, Celery workers and a
second Django process that publishes, as a web process would in production."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, *, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout} s waiting for {what}")


class RedisServer:
    """A redis-server of our own on a spare port, so stopping it never touches the shared one."""

    def __init__(self, *options: str):
        self.port = free_port()
        self.options = options  # more redis-server options, e.g. "--maxmemory", "4mb"
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            [*command, *self.options],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._accepts_connections, timeout=10, what=f"redis-server on port {self.port}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def _accepts_connections(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False


def django_env(broker_url: str, **extra: str) -> dict[str, str]:
    """The environment of a second process sharing this test run's database and cache."""
    settings_dict = connection.settings_dict
    database_url = (
        f"postgres://{settings_dict['USER']}@{settings_dict['HOST'] or '127.0.0.1'}:"
        f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    )
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="site_config.settings.test",
        DATABASE_URL=database_url,
        CELERY_BROKER_URL=broker_url,
        CELERY_TASK_ALWAYS_EAGER="0",
        PYTHONPATH=str(PROJECT_DIR),
        **extra,
    )
    return env


def run_django(code: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    script = "import django\ndjango.setup()\n" + code
    return subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )


@contextmanager
def celery_worker(env: dict[str, str], app: str = "site_config"):
    """A solo-pool worker; yields the process so a test can kill it."""
    log_path = PROJECT_DIR / "artifacts" / f"worker-{os.getpid()}-{time.monotonic_ns()}.log"
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", app, "worker", "--pool=solo", "--concurrency=1",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_until(lambda: "ready." in log_path.read_text(), timeout=30, what="the Celery worker to start")
            process.log_path = log_path
            yield process
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
