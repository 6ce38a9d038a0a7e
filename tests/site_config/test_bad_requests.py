"""Bad requests (tests/site_config/bad_request_corpus.py) get a clear 4xx (or the page they
ask for), never a 5xx, and cost no more queries than a page. How long they take is a figure
`make bench` prints (benchmarks/bad_requests.py), not something a test times.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from announcements.factories import (
    AnnouncementIndexPageFactory,
    AnnouncementPageFactory,
    FAQPageFactory,
    TopicFactory,
)

from .bad_request_corpus import CORPUS, send

pytestmark = pytest.mark.django_db

# The most a page of this site asks the database (an index or feed, rendered uncached):
# work that grows with the request (one query per path segment of "a/" * 500, say) shows
# up as more.
MOST_QUERIES = 12


@pytest.fixture(scope="module")
def site(module_data):
    """The home page, the FAQ page and one announcement filed under a topic (shared by the module)."""
    with module_data.build():
        AnnouncementIndexPageFactory.as_home_page()
        FAQPageFactory()
        topic = TopicFactory(slug="licensing")
        AnnouncementPageFactory(topics=[topic], resolved=1, remaining=1)


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 60


@pytest.mark.parametrize(("method", "path", "data", "headers"), CORPUS)
def test_a_bad_request_never_answers_5xx_nor_costs_more_than_a_page(site, method, path, data, headers):
    client = Client(raise_request_exception=False)

    with CaptureQueriesContext(connection) as queries:
        response = send(client, method, path, data, headers)

    assert response.status_code < 500, (method, path[:80], response.status_code)
    assert len(queries) <= MOST_QUERIES, (method, path[:80], len(queries))
