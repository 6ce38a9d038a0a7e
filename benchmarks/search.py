"""Search methods compared on the quality list, and query timings. Run with `make bench`.

Loads the SD3 seed into a throwaway SQLite database (or the PostgreSQL database named by
BENCH_DATABASE_URL) and runs every query of tests/announcements/search/quality_queries.py
through three methods over the same public texts:

- substring: the site's search (NFKC + case fold, every term a substring, SQL LIKE);
- wagtail: Wagtail's database search backend over the same models (``.search()``);
- janome: the Janome tokenizer's surface forms for Japanese (split on spaces for English),
  an item matching when it contains every token of the query.

For each it prints recall and precision at 5 (the share of the first five results, or
fewer when fewer are found, that were expected), and the median time of one query.
"""

import contextlib
import logging
import os
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def setup(database_url: str) -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.test"
    os.environ["DATABASE_URL"] = database_url
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.core.management import call_command

    with contextlib.redirect_stdout(StringIO()), contextlib.redirect_stderr(StringIO()):
        call_command("migrate", "--noinput", verbosity=0)
        call_command("load_sd3_notice", stdout=StringIO())
        call_command("rebuild_search_index", stdout=StringIO())


def methods(language: str) -> dict:
    from django.utils import translation
    from janome.tokenizer import Tokenizer
    from wagtail.search.backends import get_search_backend

    from announcements.public.selectors import public_announcements, public_faqs, public_license_clauses
    from announcements.search.models import SearchDocument
    from announcements.search.query import search
    from announcements.search.text import normalise, query_terms

    tokenizer = Tokenizer(wakati=True)

    def substring(query):
        return [document.url for document in search(query_terms(query), language=language)]

    def wagtail(query):
        backend = get_search_backend()
        urls = []
        with translation.override(language):
            # Searched over each whole model (its index cannot apply the selector's filters),
            # then kept only when the selector lets the public see it.
            for queryset in (
                public_announcements(language=language),
                public_faqs(language=language),
                public_license_clauses(),
            ):
                public = set(queryset.values_list("pk", flat=True))
                for item in backend.search(query, queryset.model.objects.all(), operator="and")[:50]:
                    if item.pk in public:
                        urls.append(url_of(item))
        return urls

    documents = list(SearchDocument.objects.filter(language=language))

    def tokens(text):
        text = normalise(text)
        return set(tokenizer.tokenize(text)) - {" ", "\u3000"} if language == "ja" else set(text.split())

    token_sets = [(document, tokens(f"{document.title} {document.text}")) for document in documents]

    def janome(query):
        wanted = tokens(query)
        return [document.url for document, found in token_sets if wanted and wanted <= found]

    def url_of(item):
        return next(
            (
                document.url
                for document in documents
                if document.object_id == item.pk and document.kind == kind_of(item)
            ),
            "",
        )

    def kind_of(item):
        return {"AnnouncementPage": "announcement", "FAQ": "faq", "LicenseClause": "clause"}[type(item).__name__]

    return {"substring": substring, "wagtail": wagtail, "janome": janome}


def main() -> None:
    database_url = os.environ.get("BENCH_DATABASE_URL")
    with tempfile.TemporaryDirectory() as directory:
        setup(database_url or f"sqlite:///{Path(directory) / 'bench.sqlite3'}")
        from django.db import connection

        from tests.announcements.search.quality_queries import ENGLISH, JAPANESE, outcomes, summary

        print(
            f"Search on {connection.vendor}, SD3 seed; quality list: {len(JAPANESE)} Japanese, {len(ENGLISH)} English"
        )
        for language, queries in (("ja", JAPANESE), ("en", ENGLISH)):
            for name, run in methods(language).items():
                results = outcomes(queries, run)
                figures = summary(results)
                timings = []
                for query in queries:
                    started = time.perf_counter()
                    run(query)
                    timings.append((time.perf_counter() - started) * 1000)
                print(
                    f"  {language} {name:9} found {figures['found']:3}/{figures['expected']:3} "
                    f"recall {figures['recall']:.2f}  P@5 {figures['precision_at_5']:.2f}  "
                    f"median {statistics.median(timings):6.2f} ms/query"
                )
                if name == "substring":
                    for outcome in results:
                        hit = len(outcome.expected & set(outcome.found))
                        share = f"{hit}/{len(outcome.expected)}"
                        print(f"      {outcome.query!s:28} {share}  P@5 {outcome.precision_at_5:.2f}")


if __name__ == "__main__":
    main()
