"""How long bad requests take: the bad-request corpus (tests/site_config/bad_request_corpus.py)
and the hostile search queries (tests/announcements/search/hostile_queries.py), each
requested in-process against the SD3 seed with its search index (the test settings on a
throwaway SQLite database, no response cache). Run with `make bench`; prints a table.

The tests prove each is answered without a 5xx and with no more queries than a page; this
prints the time, so a request whose cost grows with its input shows up here as a figure.
"""

import logging
import statistics
import tempfile
import time
from pathlib import Path

from tests.site_config.bad_request_corpus import send

RUNS = 5  # per request; its median is the request's figure
SHOWN = 5  # the slowest, listed by name


def timed(client, method: str, path: str, data, headers) -> tuple[float, int]:
    """(milliseconds, status code) of one request."""
    started = time.perf_counter()
    response = send(client, method, path, data, headers)
    return (time.perf_counter() - started) * 1000, response.status_code


def shortened(text: str, most: int = 40) -> str:
    return text if len(text) <= most else f"{text[: most - 1]}… ({len(text):,} chars)"


def describe(method: str, path: str, data, headers) -> str:
    """The request in a line: method, path, and what makes it bad (parameters, headers)."""
    parts = [method.upper(), shortened(path)]
    if data:
        parts += [f"{name}={shortened(str(value), 20)}" for name, value in data.items()]
    parts += [f"{name.removeprefix('HTTP_')}: {shortened(str(value), 20)}" for name, value in headers.items()]
    return " ".join(parts)


def report(label: str, figures: list[tuple[float, int, str]]) -> None:
    medians = sorted(ms for ms, _status, _name in figures)
    p90 = medians[max(0, int(len(medians) * 0.9) - 1)]
    errors = sum(status >= 500 for _ms, status, _name in figures)
    print(
        f"{label}: {len(figures)} requests, median {statistics.median(medians):.1f} ms, "
        f"p90 {p90:.1f} ms, slowest {medians[-1]:.1f} ms; {errors} answered 5xx"
    )
    for ms, status, name in sorted(figures, reverse=True)[:SHOWN]:
        print(f"  {ms:8.1f} ms  {status}  {name}")


def main() -> None:
    from benchmarks.search import setup

    with tempfile.TemporaryDirectory() as scratch:
        setup(f"sqlite:///{Path(scratch) / 'bad-requests.sqlite3'}")
        # Each 4xx is logged as a warning (a refused Host as an error); the table counts 5xx.
        for name in ("django.request", "django.security"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        from django.test import Client

        from tests.announcements.search.hostile_queries import HOSTILE_QUERIES
        from tests.site_config.bad_request_corpus import CORPUS

        client = Client(raise_request_exception=False)
        searches = [
            ("get", f"/ja/search/?{query}", None, {}) if isinstance(query, str) else ("get", "/ja/search/", query, {})
            for query in HOSTILE_QUERIES
        ]
        print(f"Bad requests, in-process (test settings, SQLite, no response cache), median of {RUNS} each")
        for label, requests in (("bad-request corpus", CORPUS), ("hostile search queries", searches)):
            figures = []
            for method, path, data, headers in requests:
                timed(client, method, path, data, headers)  # its first rendering compiles templates
                runs = [timed(client, method, path, data, headers) for _run in range(RUNS)]
                ms = statistics.median(ms for ms, _status in runs)
                figures.append((ms, runs[-1][1], describe(method, path, data, headers)))
            report(label, figures)


if __name__ == "__main__":
    main()
