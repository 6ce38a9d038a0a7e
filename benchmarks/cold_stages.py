"""Where a cold page's time goes, stage by stage, for `make bench`'s notes.

In-process (the bench's own Django client, production settings), each request after the
cache is retired as a committed publish retires it: the time spent routing (the site and the page), building the
context (the read side's queries and rules), rendering the templates and storing the
response in the cache, and how much of it the database's own answers took. Stages are
timed by wrapping the functions that do them, in this process only; the wrappers cost
microseconds against stages of milliseconds.
"""

import statistics
import time
from collections import defaultdict
from contextlib import ExitStack
from unittest import mock


def cold_stages(client, path: str, *, runs: int = 50) -> str:
    from django.db import connection
    from django.template.response import TemplateResponse

    from announcements import response_cache
    from announcements.models.bilingual import BilingualPage
    from announcements.public import routing
    from announcements.response_cache import retire_cached_responses_after_commit

    spent: dict[str, float] = defaultdict(float)

    def timed(owner, name: str, stage: str):
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - started

        return mock.patch.object(owner, name, wrapper)

    def database(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["database"] += time.perf_counter() - started
            queries.append(sql)

    queries: list[str] = []
    per_request: dict[str, list[float]] = defaultdict(list)
    with ExitStack() as stack:
        stack.enter_context(timed(routing, "route_home_or_child", "routing"))
        stack.enter_context(timed(BilingualPage, "get_context", "context"))
        stack.enter_context(timed(TemplateResponse, "render", "templates"))
        stack.enter_context(timed(response_cache, "store", "cache store"))
        stack.enter_context(connection.execute_wrapper(database))
        for _run in range(runs):
            retire_cached_responses_after_commit()
            spent.clear()
            queries.clear()
            started = time.perf_counter()
            client.get(path)
            per_request["whole request"].append(time.perf_counter() - started)
            for stage, seconds in spent.items():
                per_request[stage].append(seconds)
    ms = {stage: statistics.median(values) * 1000 for stage, values in per_request.items()}
    query_count = len(queries)  # the same for every request: the last one's
    return (
        f"Cold {path} in-process, median of {runs}: {ms['whole request']:.1f} ms in all; "
        f"routing {ms['routing']:.1f}, context {ms['context']:.1f}, templates {ms['templates']:.1f}, "
        f"cache store {ms['cache store']:.1f}; {query_count} queries whose answers took "
        f"{ms['database']:.1f} ms (the rest of each query's cost is building it and its objects in Python)"
    )
