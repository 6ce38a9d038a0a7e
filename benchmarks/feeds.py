"""Feed sizes and render timings for 10 and 1,000 announcements. Run with `make bench`.

Uses the test settings on a throwaway SQLite database and the local-memory cache.
Each announcement carries the SD3 notice's body (8 concerns, 5 citations). For every
feed it prints the size, the queries of a cold render, and median timings: cold
(cache retired first, as after a publish), cached, and a 304 to a conditional GET.
"""

import contextlib
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
COUNTS = (10, 1000)
URLS = (
    "/en/feeds/rss/",
    "/en/feeds/atom/",
    "/en/feeds/json/",
    "/ja/feeds/json/?page=2",
    "/ja/feeds/topics/licensing/atom/",
)
COLD_RUNS, WARM_RUNS = 5, 50


def setup(database: Path) -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.pop("REDIS_URL", None)
    # The test settings leave the response cache off; the cached and 304 columns need it on,
    # as in production (its default lifetime there).
    os.environ["RESPONSE_CACHE_SECONDS"] = "300"
    import django

    django.setup()
    logging.disable(logging.INFO)
    from io import StringIO

    from django.core.management import call_command

    with contextlib.redirect_stdout(StringIO()):  # wagtail-modeltranslation prints its SQL
        call_command("migrate", "--noinput", verbosity=0)
        call_command("load_sd3_notice", stdout=StringIO())


def median_ms(function, runs: int) -> float:
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def measure(client, url: str) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from announcements.response_cache import retire_cached_responses_after_commit

    def cold():
        retire_cached_responses_after_commit()
        return client.get(url)

    with CaptureQueriesContext(connection) as queries:
        response = cold()
    assert response.status_code == 200, (url, response.status_code)
    etag = response["ETag"]
    return {
        "bytes": len(response.content),
        "queries": len(queries),
        "cold": median_ms(cold, COLD_RUNS),
        "cached": median_ms(lambda: client.get(url), WARM_RUNS),
        "304": median_ms(lambda: client.get(url, headers={"if-none-match": etag}), WARM_RUNS),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        setup(Path(directory) / "bench.sqlite3")
        from django.test import Client

        from announcements.factories import create_many_live_announcements
        from announcements.models import AnnouncementPage, Topic

        notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
        topics = list(Topic.objects.all())
        client = Client()
        made = 1  # the notice
        header = ("announcements", "feed", "bytes", "queries", "cold ms", "cached ms", "304 ms")
        print("{:>13}  {:<34} {:>8} {:>7} {:>8} {:>9} {:>7}".format(*header))
        for count in COUNTS:
            pages = create_many_live_announcements(count - made, body_from=notice)
            filed = AnnouncementPage.topics.through
            filed.objects.bulk_create([filed(announcementpage=page, topic=topic) for page in pages for topic in topics])
            made = count
            for url in URLS:
                if "page=2" in url and count <= 20:
                    continue  # one page only: page 2 is a 404
                row = measure(client, url)
                print(
                    f"{count:>13}  {url:<34} {row['bytes']:>8} {row['queries']:>7} "
                    f"{row['cold']:>8.1f} {row['cached']:>9.2f} {row['304']:>7.2f}"
                )


if __name__ == "__main__":
    main()
