"""HTTP measuring shared by `make bench`'s sites (ours and bakerydemo beside it), so both
are served and timed the same way: gunicorn's options, single requests, wrk's load."""

import contextlib
import http.client
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
COLD_RUNS, WARM_RUNS = 15, 100
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))
# What every browser and feed reader sends. Timings and wrk ask for gzip, as readers do;
# a site that does not compress (the ceiling, bakerydemo) answers them uncompressed.
READER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


@contextlib.contextmanager
def server(command: list[str], env, *, ready, cwd: Path = PROJECT_DIR) -> subprocess.Popen:
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not ready():
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"{command[0]} did not start")
            time.sleep(0.3)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def gunicorn(app: str, port: int, *, executable: Path = BIN / "gunicorn") -> list[str]:
    """2 sync workers with gunicorn's defaults (the ceiling, bakerydemo)."""
    return [str(executable), app, "--bind", f"127.0.0.1:{port}", "--workers", "2", "--worker-class", "sync",
            "--no-control-socket", "--log-level", "warning"]  # fmt: skip


def production_gunicorn(port: int) -> list[str]:
    """Our site as `make serve` starts it (site_config/gunicorn.conf.py: 2 sync workers)."""
    return [str(BIN / "gunicorn"), "-c", "site_config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
            "--log-level", "warning"]  # fmt: skip


def get(port: int, path: str, *, as_reader: bool = False) -> tuple[int, bytes, float]:
    """(status, body as sent, milliseconds). ``as_reader``: ask for gzip as browsers do."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": f"127.0.0.1:{port}", **(READER_HEADERS if as_reader else {})}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, (time.perf_counter() - started) * 1000


def percentiles(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def wrk_headers() -> list[str]:
    return [argument for name, value in READER_HEADERS.items() for argument in ("-H", f"{name}: {value}")]


def wrk(port: int, path: str) -> float:
    output = subprocess.run(
        ["wrk", "-t2", "-c4", f"-d{WRK_SECONDS}s", *wrk_headers(), f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
