"""The gunicorn master does each worker's first-request work before forking
(site_config.warm_up): nothing a reader asks for is compiled or loaded in a worker."""

import logging
import runpy
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.template import engines
from django.template.loaders.filesystem import Loader as FilesystemLoader
from django.utils.translation import trans_real

from site_config.warm_up import warm_up

TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"


def project_templates() -> set[str]:
    return {
        path.relative_to(TEMPLATES_DIR).as_posix()
        for path in TEMPLATES_DIR.rglob("*")
        if path.suffix in {".html", ".txt", ".xml"}
    }


def test_every_project_template_is_compiled_ahead(settings):
    engines["django"].engine.template_loaders[0].reset()  # as in a freshly started process

    compiled = warm_up()

    assert set(compiled) == project_templates()
    # Compiled means kept: asking again never reads a file.
    with mock.patch.object(FilesystemLoader, "get_contents", side_effect=AssertionError("read from disk")):
        for name in project_templates():
            engines["django"].get_template(name)


def test_every_language_catalogue_is_loaded_ahead(settings):
    trans_real._translations.clear()

    warm_up()

    assert {code for code, _name in settings.LANGUAGES} <= set(trans_real._translations)


def test_gunicorn_master_warms_up_before_forking(caplog):
    engines["django"].engine.template_loaders[0].reset()
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "site_config" / "gunicorn.conf.py"))
    server = mock.Mock(log=logging.getLogger("gunicorn.error"))

    with caplog.at_level(logging.INFO, logger="gunicorn.error"):
        config["when_ready"](server)

    assert f"translations, {len(project_templates())} templates" in caplog.text
    with mock.patch.object(FilesystemLoader, "get_contents", side_effect=AssertionError("read from disk")):
        engines["django"].get_template("announcements/announcement_page.html")


def test_a_failed_warm_up_does_not_stop_the_server(caplog):
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "site_config" / "gunicorn.conf.py"))
    server = mock.Mock(log=logging.getLogger("gunicorn.error"))

    with mock.patch("site_config.warm_up.warm_up", side_effect=RuntimeError("no templates")):
        config["when_ready"](server)

    assert "Warm-up failed" in caplog.text
