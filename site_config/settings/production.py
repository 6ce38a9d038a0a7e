"""Production: PostgreSQL, Redis, Celery workers. Fails fast when a secret is missing."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_required

SECRET_KEY = env_required("DJANGO_SECRET_KEY", "production needs a long random secret key.")
DEBUG = False
env_required("DATABASE_URL", "production runs on PostgreSQL, e.g. postgres://user:pass@host:5432/db.")
env_required("CELERY_BROKER_URL", "production hands side effects to Celery, e.g. redis://host:6379/0.")
env_required("REDIS_URL", "production caches pages and feeds in Redis shared by all web processes.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Asking browsers to preload HSTS binds the whole domain (and its subdomains) to HTTPS for
# months and is hard to undo: the operator opts in with SECURE_HSTS_PRELOAD=1 and submits
# the domain to hstspreload.org. Until then the check that asks for it is silenced.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
