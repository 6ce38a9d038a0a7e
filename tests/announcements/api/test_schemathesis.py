"""schemathesis against the served OpenAPI schema, in-process through the WSGI application
servers run (site_config.wsgi, the response cache's front door included), in both
languages: every operation, 200 generated requests each, must pass every check
schemathesis has (no 5xx, documented status codes and headers, bodies matching their
schemas, unsupported methods refused, ...), and sequences of calls that follow the
document's links answer as documented too."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.wsgi_door import wsgi_application

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 200

english = schemathesis.openapi.from_wsgi("/en/api/v1/openapi.json", wsgi_application())
japanese = schemathesis.openapi.from_wsgi("/ja/api/v1/openapi.json", wsgi_application())
GENERATION = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture(autouse=True)
def _seeded(sd3_seed):
    """The SD3 notice, licenses and FAQs, shared by every generated request."""


@pytest.fixture(autouse=True)
def _one_connection_for_the_test():
    """Requests go straight to the WSGI app, so Django would close the database connection
    after each (CONN_MAX_AGE=0), and with it the test's transaction on PostgreSQL. Django's
    test client keeps the connection the same way: by not closing it between requests."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@english.parametrize()
@GENERATION
def test_the_english_api_answers_as_its_schema_says(case):
    case.call_and_validate()


@japanese.parametrize()
@GENERATION
def test_the_japanese_api_answers_as_its_schema_says(case):
    case.call_and_validate()


@pytest.mark.parametrize("schema", [english, japanese], ids=["en", "ja"])
def test_following_the_documents_links_every_answer_is_as_documented(schema):
    """schemathesis's stateful phase: sequences of calls that follow the document's links
    (a listing to its items, a license to its versions) with the values answers gave."""
    machine = schema.as_state_machine()
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=40,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
