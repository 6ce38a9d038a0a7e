"""The served OpenAPI schema is kept under a snapshot: a change to the API's contract
shows in review. After a deliberate change, write the new one with
``UPDATE_API_SNAPSHOT=1 .venv/bin/pytest tests/announcements/api/test_schema_snapshot.py``."""

import json
import os
from pathlib import Path

SNAPSHOT = Path(__file__).with_name("openapi.snapshot.json")


def test_the_schema_matches_its_snapshot(client):
    served = json.loads(client.get("/en/api/v1/openapi.json").content)
    if os.environ.get("UPDATE_API_SNAPSHOT") == "1":
        SNAPSHOT.write_text(json.dumps(served, indent=2, ensure_ascii=False, sort_keys=True) + "\n")

    assert served["openapi"] == "3.1.0"
    assert served == json.loads(SNAPSHOT.read_text())


def test_both_languages_serve_the_same_operations(client):
    english = json.loads(client.get("/en/api/v1/openapi.json").content)
    japanese = json.loads(client.get("/ja/api/v1/openapi.json").content)

    assert [path.replace("/ja/", "/en/", 1) for path in japanese["paths"]] == list(english["paths"])
