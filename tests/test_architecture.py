"""The layer contract in pyproject.toml holds, and it fails on a wrong-way import.

`make lint` runs the same check (lint-imports); this test proves it is not a check
that always passes, by adding one import that points up and watching it break.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("announcements", "licenses", "site_config")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(project / "pyproject.toml")],
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project_copy(tmp_path):
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "migrations"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_its_layers(project_copy):
    result = lint_imports(project_copy)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "wrong_way", "broken"),
    [
        ("licenses/models.py", "from announcements.models import FAQ", "Licenses never import announcements"),
        ("announcements/models/pages.py", "from announcements.public import selectors", "Layers"),
        ("announcements/public/listing.py", "from announcements.feeds import content", "Layers"),
        ("announcements/rules/sections.py", "from announcements import blocks", "Layers"),
    ],
)
def test_an_import_pointing_up_breaks_the_contract(project_copy, module, wrong_way, broken):
    with (project_copy / module).open("a") as source:
        source.write(f"\n{wrong_way}  # noqa\n")

    result = lint_imports(project_copy)

    assert result.returncode != 0
    assert f"{broken}" in result.stdout.split("Broken contracts", 1)[1]
