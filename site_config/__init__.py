"""Project configuration: settings, URL routing, WSGI and Celery entry points."""

from .celery import app as celery_app

__all__ = ("celery_app",)
