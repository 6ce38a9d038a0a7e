"""Every page type, in both languages, is valid HTML according to the Nu HTML checker (vnu).

The raw responses are checked (not the browser's re-serialised DOM, which hides parse
errors), all in one JVM run to keep the suite fast.
"""

import json
import shutil
import subprocess

import pytest
from django.template import loader
from django.test import RequestFactory
from django.utils import translation

from .conftest import VNU_JAR, require
from .test_reading import PAGES

pytestmark = pytest.mark.django_db


def test_every_page_type_in_both_languages_is_valid_html(client, notice, tmp_path):
    require(VNU_JAR, "vnu-jar")
    require("java", "Java")
    for language in ("en", "ja"):
        for name, path in PAGES.items():
            response = client.get(f"/{language}{path}")
            assert response.status_code in (200, 404), path
            (tmp_path / f"{name}-{language}.html").write_bytes(response.content)
        with translation.override(language):
            request = RequestFactory().get(f"/{language}/")
            (tmp_path / f"server-error-{language}.html").write_text(
                loader.get_template("500.html").render({"request": request})
            )

    result = subprocess.run(
        [shutil.which("java"), "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", str(tmp_path)],
        capture_output=True,
        check=False,
        timeout=120,
    )

    messages = json.loads(result.stdout)["messages"]
    errors = [f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
    assert len(list(tmp_path.glob("*.html"))) == 2 * (len(PAGES) + 1)
