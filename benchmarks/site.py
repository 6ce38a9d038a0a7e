"""`make bench`: one table, every row measured in the same run.

The site runs as in production: gunicorn as `make serve` starts it
(site_config/gunicorn.conf.py: 2 sync workers, the app preloaded) with production
settings on PostgreSQL and Redis, and a Celery worker as `make worker` starts it. It
needs DATABASE_URL (any database on the PostgreSQL server to use: the bench creates and
drops its own `<name>_bench` beside it), REDIS_URL and CELERY_BROKER_URL. For 10 and then 1,000 announcements
(`manage.py generate_announcements`), per page type and feed in both languages:

- every timed request asks for gzip as browsers and feed readers do (Accept-Encoding);
- cold p50/p99: single requests, each after the cache is retired as a committed publish
  retires it (a new content generation), so every one renders; cached p50/p99: single requests answered by the cache;
- req/s: wrk (4 connections, BENCH_WRK_SECONDS each, default 5) against cached responses,
  and that throughput as a share of the bare-WSGI ceiling measured in the same run;
- SQL: queries of a cold rendering / of a cache hit (counted in-process, same settings);
- bytes: the body uncompressed, and gzipped as the response cache sends it.

Beside it, on its own (after the ceiling, before our servers start), wagtail/bakerydemo,
Wagtail's official demo, at a pinned commit on SQLite with DEBUG off under the same
gunicorn options (benchmarks/bakerydemo.py; BAKERYDEMO_REPO names a clone, else the row
says it was not measured): its blog post and sitemap.xml as cold rows (it has no cache),
then our cold announcement (en, ja) and sitemap p50 as ratios to them, per count, and
the announcement and the blog post requested in turn, with the announcement without its
body beside them (the floor of caching the body's HTML).
BENCH_COUNTS (default "10,1000") limits the counts for a quick try.

Then Lighthouse's four scores for the index, announcement and license version pages in
both languages, against the same server (benchmarks/lighthouse.py; mobile form factor),
publish latency (publish -> both languages' pages and feeds fresh, with the worker
running), whether the first readers after a publish find the page and home page already
rendered by the worker (and how fast they are answered), memory per gunicorn and Celery
process (resident, proportional, unique), how long the migrate before each start takes
with nothing to apply (per count), the load average before and after, a
pyinstrument profile of a cold announcement
(artifacts/profile-announcement.txt) and its time stage by stage (benchmarks/cold_stages.py).
The machine is shared: compare ratios as much as absolute figures.
"""

import gzip
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from benchmarks import bakerydemo, lighthouse
from benchmarks.cold_stages import cold_stages
from benchmarks.http_measure import (
    BIN,
    COLD_RUNS,
    PROJECT_DIR,
    READER_HEADERS,
    WARM_RUNS,
    WRK_SECONDS,
    get,
    gunicorn,
    percentiles,
    production_gunicorn,
    server,
    wrk,
)

WEB_PORT = int(os.environ.get("BENCH_PORT", "8750"))
CEILING_PORT = WEB_PORT + 1
BAKERYDEMO_PORT = WEB_PORT + 2
# BENCH_COUNTS=10 measures only the small site, for a quick try; the table needs both.
COUNTS = tuple(int(count) for count in os.environ.get("BENCH_COUNTS", "10,1000").split(","))
PUBLISH_RUNS = 5
# Turns of the interleaved comparison with bakerydemo: each is one cold request to each page.
INTERLEAVED_TURNS = 40
HOST = f"127.0.0.1:{WEB_PORT}"


def fail(message: str):
    print(f"make bench: {message}", file=sys.stderr)
    sys.exit(2)


def bench_environment() -> dict[str, str]:
    for name in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
        if not os.environ.get(name):
            fail(
                f"set {name}. The bench runs the production set-up: DATABASE_URL=postgres://user@host:5432/db "
                "(its own <db>_bench is created beside it), REDIS_URL and CELERY_BROKER_URL=redis://host:6379/<n>."
            )
    if not shutil.which("wrk"):
        fail("wrk is missing (make bench installs the Debian package).")
    parts = urlsplit(os.environ["DATABASE_URL"])
    if not parts.scheme.startswith("postgres"):
        fail("DATABASE_URL must name PostgreSQL: the bench measures the production set-up.")
    bench_db = parts._replace(path=f"{parts.path.rstrip('/')}_bench")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DATABASE_URL": urlunsplit(bench_db),
        "DATABASE_CONN_MAX_AGE": "60",
        "CACHE_KEY_PREFIX": "bench",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(PROJECT_DIR),
    }


def recreate_database(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True, capture_output=True)


def migrate_at_start_up(env, count: int) -> str:
    """How long the migrate that `make serve` and compose run before every start takes when
    there is nothing to apply: what start-up costs beyond gunicorn's own boot."""
    started = time.perf_counter()
    manage(env, "migrate", "--noinput")
    return f"Start-up migrate with nothing to apply, {count:,} announcements: {time.perf_counter() - started:.1f} s"


def answers(port: int, path: str) -> bool:
    try:
        return get(port, path)[0] == 200
    except OSError:
        return False


def memory_mib(pid: int) -> tuple[float, float, float]:
    """(resident, proportional, unique) MiB. Resident counts every page the process maps,
    those it shares with the other workers included; proportional divides shared pages
    among their users; unique is what the process alone holds (what one more costs)."""
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()

    def kib(field: str) -> int:
        return sum(int(value) for value in re.findall(rf"^{field}:\s+(\d+) kB", rollup, re.MULTILINE))

    return kib("Rss") / 1024, kib("Pss") / 1024, (kib("Private_Clean") + kib("Private_Dirty")) / 1024


def memory_line(label: str, pids: list[int]) -> str:
    readings = []
    for pid in pids:
        try:
            readings.append(memory_mib(pid))
        except (ProcessLookupError, FileNotFoundError):
            # Gone since it was listed: Celery replaces a pool process that reached its
            # memory or task limit (its replacement is read next time).
            continue
    return f"{label}: " + "; ".join(" / ".join(f"{value:.0f}" for value in reading) for reading in readings)


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except (ProcessLookupError, FileNotFoundError):  # a thread that has just ended
            continue
    return found


def pages_to_measure() -> list[tuple[str, str]]:
    from licenses.models import LicenseVersion

    version = LicenseVersion.objects.select_related("license").order_by("-effective_date").first()
    license_path = f"licenses/{version.license.slug}/{version.slug}/"
    rows = []
    for language in ("en", "ja"):
        rows += [
            (f"index {language}", f"/{language}/"),
            (f"announcement {language}", f"/{language}/sd3-un-banned/"),
            (f"FAQ {language}", f"/{language}/faq/"),
            (f"license version {language}", f"/{language}/{license_path}"),
        ]
    rows += [("sitemap.xml", "/sitemap.xml"), ("RSS en", "/en/feeds/rss/"), ("Atom ja", "/ja/feeds/atom/")]
    rows += [("JSON Feed en", "/en/feeds/json/")]
    return rows


def queries(client, path: str) -> tuple[int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from announcements.response_cache import retire_cached_responses_after_commit

    # Rendered once first: this process's own first rendering also fills per-process
    # caches (content types) that a running server holds already.
    retire_cached_responses_after_commit()
    client.get(path)
    retire_cached_responses_after_commit()
    with CaptureQueriesContext(connection) as cold:
        client.get(path)
    with CaptureQueriesContext(connection) as hit:
        client.get(path)
    return len(cold), len(hit)


def measure_row(client, label: str, path: str, ceiling: float) -> dict:
    from announcements.response_cache import retire_cached_responses_after_commit

    status, body, _ms = get(WEB_PORT, path)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    cold = []
    for _run in range(COLD_RUNS):
        retire_cached_responses_after_commit()
        cold.append(get(WEB_PORT, path, as_reader=True)[2])
    get(WEB_PORT, path, as_reader=True)
    cached = [get(WEB_PORT, path, as_reader=True)[2] for _run in range(WARM_RUNS)]
    throughput = wrk(WEB_PORT, path)
    sql_cold, sql_hit = queries(client, path)
    return {
        "what": label,
        "cold": percentiles(cold),
        "cached": percentiles(cached),
        "rps": throughput,
        "share": throughput / ceiling,
        "sql": (sql_cold, sql_hit),
        "bytes": (len(body), len(gzip.compress(body, 6))),
        "locations": body.count(b"<loc>"),  # a sitemap's addresses (each per language)
    }


def publish_latency(*, each_on_its_own: bool = False) -> list[tuple[float, float]]:
    """(seconds the editor's publish takes, seconds more until both languages' page and
    feed are fresh) per run. By default one reader reads the four in turn until each is
    fresh, so the last is read only after three cold renders; ``each_on_its_own`` gives
    each its own reader, as readers of different outputs are: fresh when the last of
    them has the new text in hand."""
    import datetime
    from concurrent.futures import ThreadPoolExecutor

    from django.utils import timezone

    from announcements.models import AnnouncementPage

    def fresh_at(path: str, marker: bytes, deadline: float) -> float:
        while time.perf_counter() < deadline:
            if marker in get(WEB_PORT, path)[1]:
                return time.perf_counter()
        return float("nan")

    timings = []
    for run in range(PUBLISH_RUNS):
        page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
        # Dated tomorrow, to the day: the newest, so first in every feed.
        page.date, page.date_precision = timezone.localdate() + datetime.timedelta(days=1), "day"
        marker = f"edition {time.time_ns()}-{run}"
        page.title_en = f"Announcement ({marker})"
        page.title_ja = f"お知らせ（{marker}）"
        started = time.perf_counter()
        page.save_revision().publish()
        published = time.perf_counter()
        paths = [f"/en/{page.slug_en}/", f"/ja/{page.slug_en}/", "/en/feeds/rss/", "/ja/feeds/rss/"]
        deadline = published + 30
        if each_on_its_own:
            with ThreadPoolExecutor(len(paths)) as readers:
                moments = list(readers.map(fresh_at, paths, [marker.encode()] * len(paths), [deadline] * len(paths)))
            timings.append((published - started, max(moments) - published))
            continue
        while paths and time.perf_counter() < deadline:
            paths = [path for path in paths if marker.encode() not in get(WEB_PORT, path)[1]]
        timings.append((published - started, time.perf_counter() - published if not paths else float("nan")))
    return timings


def first_readers_after_publish() -> tuple[list[float], list[tuple[bool, float]]]:
    """Per publish: seconds until the worker's page warm-up for it is done; then, per
    first reader of the page and the home page in each language, (answered from the
    cache, milliseconds). Nothing else requests those pages in between."""
    import http.client

    from announcements.models import AnnouncementPage
    from announcements.publishing.effects import WARM_PAGES
    from announcements.publishing.models import SideEffect

    warm_after, readers = [], []
    for run in range(PUBLISH_RUNS):
        page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
        marker = f"first readers {time.time_ns()}-{run}"
        page.title_en, page.title_ja = f"Announcement ({marker})", f"お知らせ（{marker}）"
        warm_ups = SideEffect.objects.filter(kind=WARM_PAGES)
        seen = warm_ups.order_by("-pk").values_list("pk", flat=True).first() or 0
        published = time.perf_counter()
        page.save_revision().publish()
        this_warm_up = warm_ups.filter(pk__gt=seen, status=SideEffect.Status.DONE)
        while not this_warm_up.exists():
            if time.perf_counter() > published + 30:
                raise RuntimeError("the page warm-up did not finish within 30 s")
            time.sleep(0.005)  # the worker's progress, read from the outbox
        warm_after.append(time.perf_counter() - published)
        for path in (f"/en/{page.slug_en}/", f"/ja/{page.slug_en}/", "/en/", "/ja/"):
            started = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", WEB_PORT, timeout=30)
            connection.request("GET", path, headers={"Host": HOST, **READER_HEADERS})
            response = connection.getresponse()
            response.read()
            connection.close()
            readers.append((response.getheader("X-Response-Cache") == "hit", (time.perf_counter() - started) * 1000))
    return warm_after, readers


def profile_cold_announcement(client) -> str:
    from pyinstrument import Profiler

    from announcements.response_cache import retire_cached_responses_after_commit

    profiler = Profiler(interval=0.0005)
    with profiler:
        for _run in range(20):
            retire_cached_responses_after_commit()
            client.get("/en/sd3-un-banned/")
    path = PROJECT_DIR / "artifacts" / "profile-announcement.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    return str(path.relative_to(PROJECT_DIR))


def fmt(pair, digits=1) -> str:
    return " / ".join(f"{value:.{digits}f}" for value in pair)


def cell(value, digits=1) -> str:
    # A dash where a figure does not exist (bakerydemo has no cache to hit).
    if value is None:
        return "–"
    if isinstance(value, tuple):
        return " / ".join(cell(part, digits) for part in value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else value


def share(value: float) -> str:
    # bakerydemo's rows are a few thousandths of the ceiling: show them, not 0.00.
    return f"{value:.3f}" if value < 0.01 else f"{value:.2f}"


def print_table(rows: list[dict], ceiling: dict, scores: list[str], extra: list[str]) -> None:
    header = (
        "| announcements | what | cold p50 / p99 ms | cached p50 / p99 ms | req/s (wrk) | × ceiling "
        "| SQL cold / hit | bytes raw / gzip |"
    )
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    print(
        f"| – | bare WSGI, 13 KB (ceiling) | – | {fmt(ceiling['single'])} | {ceiling['rps']:,.0f} | 1.00 | 0 / 0 "
        f"| {ceiling['bytes']:,} / – |"
    )
    for row in rows:
        print(
            f"| {cell(row['count'])} | {row['what']} | {cell(row['cold'])} | {cell(row['cached'])} "
            f"| {row['rps']:,.0f} | {share(row['share'])} | {cell(row['sql'])} | {cell(row['bytes'])} |"
        )
    print()
    for line in [*scores, "", *extra] if scores else extra:
        print(line)


def ratios_to_bakerydemo(rows: list[dict], demo: bakerydemo.Result) -> list[str]:
    """Our cold p50s over bakerydemo's, measured in the same run: the issue's yardstick."""
    blog_post, sitemap = demo.p50("blog post"), demo.p50("sitemap.xml")
    if blog_post is None or sitemap is None:
        return []
    ours = {(row["count"], row["what"]): row["cold"][0] for row in rows}
    locations = {(row["count"], row["what"]): row.get("locations", 0) for row in rows}
    theirs_per_location = sitemap / max(demo.locations("sitemap.xml"), 1)
    lines = []
    for count in COUNTS:
        for language in ("en", "ja"):
            ratio = ours[(count, f"announcement {language}")] / blog_post
            lines.append(
                f"{count:,} announcements: cold announcement {language} p50 / bakerydemo blog post p50 = "
                f"{ratio:.2f} (target <= 0.5: {'met' if ratio <= 0.5 else 'missed'})"
            )
        # Sitemaps differ in size (bakerydemo's lists its few dozen pages once): per address too.
        ours_per_location = ours[(count, "sitemap.xml")] / max(locations[(count, "sitemap.xml")], 1)
        lines.append(
            f"{count:,} announcements: cold sitemap p50 / bakerydemo sitemap p50 = "
            f"{ours[(count, 'sitemap.xml')] / sitemap:.2f}; per <loc> listed: {ours_per_location * 1000:.0f} µs "
            f"({locations[(count, 'sitemap.xml')]:,}) / {theirs_per_location * 1000:.0f} µs "
            f"({demo.locations('sitemap.xml'):,}) = {ours_per_location / theirs_per_location:.2f}"
        )
    return lines


def interleaved_with_bakerydemo(demo: bakerydemo.Result, count: int, *, turns: int = INTERLEAVED_TURNS) -> list[str]:
    """Our cold announcement and bakerydemo's blog post, requested in turn (the order
    alternating), so both see the same moments of this shared machine's load: the
    issue's ratio with the noise of measuring minutes apart taken out.

    Beside them, the same announcement without its body (``body_free_copy``): what a cold
    announcement would cost if its body's HTML came from a cache, the floor of any
    fragment caching."""
    from announcements.response_cache import retire_cached_responses_after_commit

    if not demo.blog_post:
        return []
    with body_free_copy("sd3-un-banned") as copy_slug:
        ours = {language: f"/{language}/sd3-un-banned/" for language in ("en", "ja")}
        ours["en, without its body"] = f"/en/{copy_slug}/"
        timings: dict[str, list[float]] = {name: [] for name in [*ours, "bakerydemo"]}
        with bakerydemo.serving(BAKERYDEMO_PORT):
            for _request in range(bakerydemo.WARM_UP_REQUESTS):  # both its workers, as when it was measured
                get(BAKERYDEMO_PORT, demo.blog_post)
            for turn in range(turns):
                requests = [("bakerydemo", BAKERYDEMO_PORT, demo.blog_post)]
                requests += [(name, WEB_PORT, path) for name, path in ours.items()]
                for name, port, path in requests if turn % 2 else reversed(requests):
                    if port == WEB_PORT:
                        retire_cached_responses_after_commit()
                    timings[name].append(get(port, path, as_reader=True)[2])
    theirs = statistics.median(timings["bakerydemo"])
    return [
        f"{count:,} announcements, interleaved ({turns} turns): cold announcement {name} p50 "
        f"{statistics.median(timings[name]):.1f} ms / bakerydemo blog post p50 {theirs:.1f} ms = "
        f"{statistics.median(timings[name]) / theirs:.2f} (target <= 0.5)"
        for name in ours
    ]


@contextmanager
def body_free_copy(slug: str):
    """A live copy of the announcement ``slug`` with an empty body (its title, summary,
    topics, updates and template unchanged), deleted afterwards; yields the copy's slug."""
    from announcements.models import AnnouncementPage

    copy_slug = f"{slug}-without-body"
    copy = AnnouncementPage.objects.get(slug_en=slug).copy(
        update_attrs={"slug": copy_slug, "slug_en": copy_slug, "slug_ja": copy_slug, "body": []},
        keep_live=True,
        log_action=None,
    )
    try:
        yield copy_slug
    finally:
        copy.delete()


def main() -> None:
    env = bench_environment()
    os.environ.update(env)
    load_before = os.getloadavg()
    print(f"Load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}", flush=True)
    recreate_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_sd3_notice")
    # Its first set-up installs packages: done before anything is timed.
    bakerydemo_unavailable = bakerydemo.prepare()

    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    rows, scores, extra, interleaved = [], [], [], []
    with server(
        gunicorn("benchmarks.bare_wsgi:application", CEILING_PORT), env, ready=lambda: answers(CEILING_PORT, "/")
    ):
        get(CEILING_PORT, "/")
        ceiling = {
            "single": percentiles([get(CEILING_PORT, "/", as_reader=True)[2] for _run in range(WARM_RUNS)]),
            "rps": wrk(CEILING_PORT, "/"),
            "bytes": len(get(CEILING_PORT, "/")[1]),
        }
    # Measured alone, before our servers start, as ours are measured without it running.
    print("  measuring bakerydemo", file=sys.stderr, flush=True)
    if bakerydemo_unavailable:
        demo = bakerydemo.not_measured(bakerydemo_unavailable)
    else:
        demo = bakerydemo.measure(port=BAKERYDEMO_PORT, ceiling_rps=ceiling["rps"])
    rows += demo.rows
    # As `make worker` starts it: concurrency and the memory limit per process from the settings.
    celery = [str(BIN / "celery"), "-A", "site_config", "worker", "--loglevel=WARNING"]
    with (
        server(production_gunicorn(WEB_PORT), env, ready=lambda: answers(WEB_PORT, "/robots.txt")) as web,
        server(celery, env, ready=lambda: _celery_ready(env)) as worker,
    ):
        for count in COUNTS:
            manage(env, "generate_announcements", "--count", str(count))
            extra.append(migrate_at_start_up(env, count))
            for label, path in pages_to_measure():
                print(f"  measuring {count} announcements: {label}", file=sys.stderr, flush=True)
                rows.append({"count": count, **measure_row(client, label, path, ceiling["rps"])})
            print(f"  measuring {count} announcements: interleaved with bakerydemo", file=sys.stderr, flush=True)
            try:
                interleaved += interleaved_with_bakerydemo(demo, count)
            except Exception as error:  # the table is worth printing whatever happens here
                interleaved.append(f"{count:,} announcements: interleaved comparison not measured: {error!r}")
        # Before the publishes below retitle the SD3 notice: the pages as loaded.
        try:
            pages = lighthouse.lighthouse_pages(pages_to_measure())
            scores = lighthouse.table(lighthouse.audit_pages(f"http://{HOST}", pages))
        except Exception as error:  # the table is worth printing whatever happens here
            scores = [f"Lighthouse not run: {error!r}"]
        for each_on_its_own, read in ((False, "read in turn by one reader"), (True, "each read by its own reader")):
            try:
                publishes = publish_latency(each_on_its_own=each_on_its_own)
                totals = [sum(pair) for pair in publishes]
                call = statistics.median(pair[0] for pair in publishes)
                fresh = statistics.median(pair[1] for pair in publishes)
                extra.append(
                    f"Publish -> both languages' page and RSS fresh, {read} (worker running, {count:,} "
                    f"announcements): median {statistics.median(totals):.3f} s (the publish call {call:.3f} s, "
                    f"then fresh after {fresh:.3f} s), max {max(totals):.3f} s over {len(totals)}"
                )
            except Exception as error:  # the table is worth printing whatever happens here
                extra.append(f"Publish latency ({read}) not measured: {error!r}")
        try:
            warm_after, readers = first_readers_after_publish()
            hits = sum(hit for hit, _ms in readers)
            extra.append(
                f"First readers after a publish (the page and the home page, both languages, {PUBLISH_RUNS} "
                f"publishes): the worker had them rendered {statistics.median(warm_after):.3f} s after the publish "
                f"call began (median); {hits} of {len(readers)} first requests answered from the cache, "
                f"p50 {statistics.median(ms for _hit, ms in readers):.1f} ms"
            )
        except Exception as error:  # the table is worth printing whatever happens here
            extra.append(f"First readers after a publish not measured: {error!r}")
        extra.append(f"Profile of 20 cold announcement renderings: {profile_cold_announcement(client)}")
        extra += [cold_stages(client, path) for path in ("/en/sd3-un-banned/", "/ja/sd3-un-banned/")]
        extra.append("Memory after the run, MiB resident / proportional / unique per process:")
        extra.append("  " + memory_line("gunicorn workers", children(web.pid)))
        extra.append("  " + memory_line("Celery worker (main; pool processes)", [worker.pid, *children(worker.pid)]))
    load_after = os.getloadavg()
    extra.append(
        f"Load average (1/5/15 min) before: {fmt(load_before, 2)}; after: {fmt(load_after, 2)}; {os.cpu_count()} CPUs"
    )
    extra.append(
        f"wrk: 2 threads, 4 connections, {WRK_SECONDS} s per row; single requests: {COLD_RUNS} cold, {WARM_RUNS} cached"
    )
    print()
    print_table(rows, ceiling, scores, [demo.note, *ratios_to_bakerydemo(rows, demo), *interleaved, *extra])


def _celery_ready(env) -> bool:
    result = subprocess.run(
        [str(BIN / "celery"), "-A", "site_config", "inspect", "ping", "--timeout", "1"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    return "pong" in result.stdout


if __name__ == "__main__":
    main()
