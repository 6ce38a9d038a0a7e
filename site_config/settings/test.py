"""Test settings: the same stack as dev, on SQLite unless DATABASE_URL names PostgreSQL."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests decide per test whether tasks run eagerly; by default they do.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=True)
# Side effects that follow a response run on the request's own thread once it is finished
# (before the test client returns it), not on a background thread: a test's transaction
# is invisible to other threads. tests/announcements/publishing/test_after_response.py
# covers the thread.
PUBLISHING_AFTER_RESPONSE = "inline"
WAGTAILADMIN_BASE_URL = "http://testserver"
if env_str("REDIS_URL"):
    # Keep test keys apart from anything else using the shared Redis.
    CACHES["default"]["KEY_PREFIX"] = "announcements-test"  # noqa: F405
# Serve static files straight from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The response cache is tested on its own (tests/announcements/test_response_cache.py)
# and with the feeds; elsewhere each test reads pages as rendered from its own data.
# Web processes started by a test (tests/site_config/test_two_web_processes.py) turn it on.
RESPONSE_CACHE_SECONDS = env_int("RESPONSE_CACHE_SECONDS", 0)
