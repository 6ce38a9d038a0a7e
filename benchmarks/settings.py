"""Benchmark settings: the test settings, optionally with Wagtail's own background
tasks (search and reference indexing) sent to Celery through django-tasks-fennel."""

import os

from site_config.settings.test import *  # noqa: F403

if os.environ.get("BENCH_WAGTAIL_TASKS") == "queued":
    INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_fennel"]  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_fennel.CeleryBackend", "QUEUES": ["default"]}}
