"""Bad requests (tests/site_config/bad_request_corpus.py) get a clear 4xx (or the page they
ask for), never a 5xx, and cost no more queries than a page. Each enters where a server
hands it over (site_config.wsgi.application), as an anonymous reader with the response
cache off and on (asked twice: stored, then answered at the door), and with a session
cookie. How long they take is a figure
`make bench` prints (benchmarks/bad_requests.py), not something a test times.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from announcements.factories import (
    AnnouncementIndexPageFactory,
    AnnouncementPageFactory,
    FAQPageFactory,
    TopicFactory,
)
from tests.wsgi_door import DoorClient

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


READERS = ("anonymous", "anonymous, cache on", "session cookie, cache on")


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(("method", "path", "data", "headers"), CORPUS)
def test_a_bad_request_never_answers_5xx_nor_costs_more_than_a_page(site, reader, method, path, data, headers, request):
    if "cache on" in reader:
        request.getfixturevalue("response_cache_in_memory")
    client = DoorClient(raise_request_exception=False)
    if "session cookie" in reader:
        client.cookies["sessionid"] = "not-a-session"

    with CaptureQueriesContext(connection) as queries:
        response = send(client, method, path, data, headers)

    assert response.status_code < 500, (method, path[:80], response.status_code)
    assert len(queries) <= MOST_QUERIES, (method, path[:80], len(queries))
    if "cache on" in reader:
        again = send(client, method, path, data, headers)
        assert again.status_code == response.status_code, (method, path[:80])
