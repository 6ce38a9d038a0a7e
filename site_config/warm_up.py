"""What every web worker would otherwise do on its first requests, done once in the
gunicorn master before it forks them (site_config/gunicorn.conf.py).

A fresh worker's first request took about 200 ms instead of 25: it built the URL
resolvers, loaded each language's translation catalogues (Django's, Wagtail's and ours)
and compiled every template it met. Done in the master, all of that is inherited by
every worker, including each one gunicorn starts later to replace a retired one, so no
reader meets a cold worker. Nothing here opens a connection: sockets must not be shared
across the fork.
"""

from pathlib import Path

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation


def warm_up() -> list[str]:
    """Build the URL resolvers, load every language's catalogues and compile the
    project's templates; the names of the templates compiled."""
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Announcements")
            resolver.reverse_dict  # noqa: B018 (i18n_patterns are resolved per language)
    return compile_project_templates()


def compile_project_templates() -> list[str]:
    engine = engines["django"]
    compiled = []
    for directory in map(Path, engine.dirs):
        for path in sorted(directory.rglob("*")):
            if not path.is_file() or path.suffix not in {".html", ".txt", ".xml"}:
                continue
            name = path.relative_to(directory).as_posix()
            try:
                engine.get_template(name)  # the cached loader keeps the compiled template
            except (TemplateDoesNotExist, TemplateSyntaxError):
                continue  # served by nothing, or broken: the test suite reports that, not start-up
            compiled.append(name)
    return compiled
