"""`make run`: embedded SQLite, in-process tasks, local-memory cache; no server needed.

Readers get what production serves: DEBUG is off (so a missing page is the site's own
404 in the reader's language, not Django's debug page) unless DJANGO_DEBUG=1 is set.
"""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", default=False)
# ALLOWED_HOSTS comes from base.py: localhost and 127.0.0.1 unless ALLOWED_HOSTS is set.
# A development-only key: production.py refuses to start without DJANGO_SECRET_KEY.
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# WhiteNoise serves static files straight from the source folders, whatever DEBUG is;
# no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images and documents are served by Django itself, here only (see urls.py).
SERVE_MEDIA_FILES = True
# Editors' notifications are printed where `make run` runs instead of sent.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if not env_str("REDIS_URL"):
    # One cache for every process `make run` starts: the server and run_scheduler. A page
    # the scheduler publishes retires the server's cached copies at once, as Redis does in
    # production (a per-process memory cache would keep serving the old page).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(BASE_DIR / ".cache" / "django"),  # noqa: F405
        }
    }
