"""The served OpenAPI document, read by the tools clients use: Redocly CLI (``recommended``)
and Spectral (``oas``) find nothing in it (redocly.yaml and .spectral.yaml say which
rules are off and why), and a client generated from it by openapi-python-client walks
every operation through ``site_config.wsgi.application``, a 304 included: every status
the API sends is one the document declares, or the client would raise."""

import importlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from django.conf import settings

from licenses.models import LicenseVersion
from site_config.wsgi import application
from tests.wsgi_door import connection_kept

pytestmark = pytest.mark.django_db
BASE_DIR = Path(settings.BASE_DIR)
TOOLS = BASE_DIR / "node_modules" / ".bin"


@pytest.fixture(params=["en", "ja"])
def schema_file(request, client, tmp_path):
    """The document as ``/<language>/api/v1/openapi.json`` serves it, written to a file."""
    response = client.get(f"/{request.param}/api/v1/openapi.json")
    assert response.status_code == 200
    path = tmp_path / "openapi.json"
    path.write_bytes(response.content)
    return request.param, path


def run(*command) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=BASE_DIR, capture_output=True, text=True, timeout=120)


def test_redocly_recommended_rules_find_nothing(schema_file):
    _language, path = schema_file
    result = run(str(TOOLS / "redocly"), "lint", "--config", "redocly.yaml", "--format", "summary", str(path))

    # The summary (on stderr) has a line per rule that found something: "error <rule>: <count>".
    output = result.stdout + result.stderr
    findings = [line for line in output.splitlines() if line.startswith(("error ", "warning "))]
    assert result.returncode == 0 and findings == [], output
    assert "Your API description is valid" in output


def test_spectral_oas_rules_find_nothing(schema_file):
    _language, path = schema_file
    result = run(str(TOOLS / "spectral"), "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "hint", str(path))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No results" in result.stdout


@pytest.fixture
def generated_client(schema_file, tmp_path):
    """The package openapi-python-client generates from the document, importable."""
    language, path = schema_file
    where = tmp_path / "client"
    package = f"announcements_client_{language}"
    generator = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run(
        [str(generator), "generate", "--path", str(path), "--meta", "none", "--output-path", str(where / package)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": f"{generator.parent}:/usr/bin:/bin"},  # it formats with the venv's ruff
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(where))
    try:
        yield language, importlib.import_module(package)
    finally:
        sys.path.remove(str(where))
        for name in [module for module in sys.modules if module.split(".")[0] == package]:
            del sys.modules[name]


def operations(version: LicenseVersion, announcement_id: int) -> dict[str, dict]:
    """Every operation of the document, with arguments naming published things."""
    license_slug = version.license.slug
    return {
        "announcements.list_announcements": {},
        "announcements.get_announcement": {"announcement_id": announcement_id},
        "faqs.list_faqs": {},
        "topics.list_topics": {},
        "licenses.list_licenses": {},
        "licenses.get_license": {"license_slug": license_slug},
        "licenses.get_version": {"license_slug": license_slug, "version_slug": version.slug},
        "licenses.list_clauses": {"license_slug": license_slug, "version_slug": version.slug},
        "licenses.compare_versions": {
            "license_slug": license_slug,
            "old_slug": version.supersedes.slug,
            "new_slug": version.slug,
        },
    }


def test_a_generated_client_walks_every_operation_and_revalidates_with_304(generated_client, notice):
    language, package = generated_client
    client = package.Client(base_url="http://testserver", raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url="http://testserver", transport=httpx.WSGITransport(app=application)))
    newest = LicenseVersion.objects.filter(supersedes__isnull=False, live=True).select_related("license").first()
    walked = []

    for name, arguments in operations(newest, notice.pk).items():
        tag, function = name.split(".")
        operation = importlib.import_module(f"{package.__name__}.api.{tag}.{function}")

        with connection_kept():  # the test's transaction lives on its database connection
            first = operation.sync_detailed(client=client, **arguments)
            again = operation.sync_detailed(client=client, if_none_match=first.headers["etag"], **arguments)

        assert first.status_code == 200, (name, first.content)
        assert first.parsed is not None and not isinstance(first.parsed, package.models.Error), name
        assert again.status_code == 304 and again.content == b"", name
        walked.append(function)

    documented = {path.stem for path in Path(package.__file__).parent.glob("api/*/*.py") if path.stem != "__init__"}
    assert set(walked) == documented  # every operation the document has
    assert language in first.headers["content-language"]
