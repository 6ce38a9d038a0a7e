"""On PostgreSQL, a statement a connection keeps running is prepared: PostgreSQL parses and
plans it once per connection instead of once per request. Behind PgBouncer in transaction
mode the operator turns it off (DATABASE_PREPARED_STATEMENTS=0)."""

import pytest
from django.db import connection

from announcements.models import Topic

from .test_settings import import_settings


def prepared_statements(containing: str = "") -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", [f"%{containing}%"])
        return cursor.fetchone()[0]


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_query_the_connection_keeps_running_is_prepared_once():
    assert prepared_statements('"announcements_topic"') == 0

    for _run in range(10):
        list(Topic.objects.filter(slug__startswith="prepared-statement-probe"))

    assert prepared_statements('"announcements_topic"') == 1


def uses_server_side_binding(**env: str) -> str:
    result = import_settings(
        "site_config.settings.test",
        then="from django.db import connection as c\n"
        "print(c.features.uses_server_side_binding, c.get_connection_params()['prepare_threshold'])",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_postgresql_prepares_statements_unless_the_operator_turns_it_off():
    url = "postgres://postgres@127.0.0.1:5432/announcements"

    assert uses_server_side_binding(DATABASE_URL=url) == "True 5"
    assert uses_server_side_binding(DATABASE_URL=url, DATABASE_PREPARE_THRESHOLD="2") == "True 2"
    assert uses_server_side_binding(DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="0") == "False None"
