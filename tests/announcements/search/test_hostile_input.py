"""Any query string is answered with a normal page or a 4xx, never a 500, and costs what an
ordinary search costs. How long each takes is printed by `make bench`
(benchmarks/bad_requests.py), not timed here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .hostile_queries import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db

# An ordinary search asks 4 (view restrictions, the public pages, the count, the page of
# results): a query string that made the search run once per term or per page asked would
# show up as more.
MOST_QUERIES = 5


@pytest.mark.parametrize("parameters", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_queries_get_a_normal_page_at_a_normal_cost(client, indexed_seed, parameters):
    with CaptureQueriesContext(connection) as queries:
        if isinstance(parameters, str):
            response = client.get(f"/ja/search/?{parameters}")
        else:
            response = client.get("/ja/search/", parameters)

    assert response.status_code in (200, 400, 404), response.status_code
    assert len(queries) <= MOST_QUERIES, len(queries)


def test_a_long_query_is_shortened_and_the_reader_told(client, indexed_seed):
    content = client.get("/en/search/", {"q": "license " * 10_000}).content.decode()

    assert "only its beginning was used" in content


def test_only_reading_methods_are_allowed(client, indexed_seed):
    assert client.post("/en/search/", {"q": "SD3"}).status_code == 405
