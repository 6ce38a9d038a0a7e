"""Settings shared by every environment. Anything deployment-specific is read from
environment variables; dev.py, test.py and production.py only adjust defaults."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail-modeltranslation patches Wagtail's admin and its migrate/makemigrations
    # commands, so it must be loaded before the project's apps and wagtail.*.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "site_config.translation_status",
    "licenses",
    "announcements",
    "announcements.publishing",
    "announcements.search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # django-ninja: the JSON API; listed for its bundled Swagger UI files (no CDN).
    "ninja",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: a hit is answered before anything else runs (no session, no authentication,
    # no Wagtail routing, no database query). Entries are stored as the rest of the stack
    # finished them, so a hit carries every security header a fresh response does.
    "announcements.response_cache.ResponseCacheMiddleware",
    "site_config.security_headers.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "site_config.security_headers.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A publication refused (a translation out of date) answers the editor with a message.
    "announcements.publishing.refusals.PublishingRefusedMiddleware",
    # Last, as django-axes asks: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

# Password guessing is throttled (django-axes): after AXES_FAILURE_LIMIT wrong passwords
# from one IP address for one username (the admin login) or one protected page (its
# password form, site_config.throttling), further tries are refused for AXES_COOLOFF_TIME
# with a page in the reader's language (site_config.views.locked_out).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "site_config.views.locked_out"
AXES_RESET_ON_SUCCESS = True
# Behind a reverse proxy, set AXES_IPWARE_PROXY_COUNT (e.g. 1) so the client's address is
# read from X-Forwarded-For; without it every request would seem to come from the proxy.
AXES_IPWARE_PROXY_COUNT = env_int("AXES_IPWARE_PROXY_COUNT", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# Security headers (site_config.security_headers). Public HTML runs no inline script at
# all and may not be framed. Its only inline <script> is JSON-LD, a data block that
# browsers never execute and CSP does not govern; so no nonce is needed, and a page can be
# served to every reader from the shared response cache (a nonce must never be shared).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin writes inline scripts and styles (its own, wagtail-modeltranslation's
# settings script), shows avatars from Gravatar and frames its own previews.
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https://www.gravatar.com"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
# Only Wagtail's previews (SAMEORIGIN, set by Wagtail) may be framed, by the admin itself.
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "site_config.urls"
WSGI_APPLICATION = "site_config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL, e.g. postgres://user@127.0.0.1:5432/announcements (psycopg 3).
# Without it the embedded SQLite file is used.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # make run: the admin autosaves, previews and publishes at once. WAL lets readers go
    # on while one connection writes; IMMEDIATE takes the write lock when a transaction
    # begins, so a second writer waits (up to `timeout` seconds) instead of failing
    # half-way with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_BUSY_TIMEOUT", 20),
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's PostgreSQL search backend uses SearchVectorField and GIN indexes.
    INSTALLED_APPS.append("django.contrib.postgres")
    # Parameters sent apart from the SQL let psycopg prepare a statement once a connection
    # has run it a few times: PostgreSQL then parses and plans it once per connection, not
    # once per request (a cold announcement's 7 queries wait 40% less). Kept connections
    # (DATABASE_CONN_MAX_AGE) are what make it pay. PgBouncer in transaction mode cannot
    # keep a statement with its session: set DATABASE_PREPARED_STATEMENTS=0 behind it.
    # With parameters sent apart, one query cannot use the same value in SELECT and GROUP
    # BY as two parameters (Django ticket #34255), nor carry more than 65,535 of them
    # (Django 5.2 does not split a bulk write for that: give bulk_create a batch_size).
    # The whole suite runs this way on PostgreSQL.
    if env_bool("DATABASE_PREPARED_STATEMENTS", default=True):
        DATABASES["default"].setdefault("OPTIONS", {}).update(
            server_side_binding=True, prepare_threshold=env_int("DATABASE_PREPARE_THRESHOLD", 5)
        )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: every reader-facing text exists in English and Japanese.
# LANGUAGES is the one list of the site's languages: translated fields, feeds, checks
# and the seed all read it (site_config.i18n.language_codes()).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ja", _("Japanese"))]
# The Open Graph locale (language_TERRITORY) each language is published as.
OG_LOCALES = {"en": "en_US", "ja": "ja_JP"}
# The site's own catalogue first (makemessages writes it), then the Japanese for Wagtail
# admin strings that Wagtail's own catalogue lacks (written by hand; see its header).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail_admin"]
USE_I18N = True
USE_TZ = True
# The site's time zone: go-live and expiry times are entered and shown in it (stored in
# UTC). Every date and time the admin shows is labelled with it (site_config/formats).
TIME_ZONE = env_str("SITE_TIME_ZONE") or "Asia/Tokyo"
FORMAT_MODULE_PATH = ["site_config.formats"]

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# Published content is validated to exist in every language; the fallback only
# covers drafts and slugs while an editor is still writing one of them.
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME stays modeltranslation's ("Title [ja]", not
# "Title (日本語)"): wagtail-modeltranslation's EN/JA toggle finds each language's fields by it.
# One page tree with per-language fields (modeltranslation), not Wagtail's
# tree-per-locale model, so Wagtail's own i18n stays off.
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "site_config" / "static"]
# Files that must live at the site's root: /favicon.ico, which feed readers and older
# browsers fetch without reading the page's <link rel="icon"> (made from img/icon.svg).
WHITENOISE_ROOT = BASE_DIR / "site_config" / "root_files"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# Only dev.py turns this on: in production the web server or a CDN serves MEDIA_ROOT.
SERVE_MEDIA_FILES = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: Redis when REDIS_URL names one (shared by every web process), else
# process-local memory, which is enough for one `make run` process.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "site_config.redis_cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "announcements"),
            "TIMEOUT": env_int("CACHE_TIMEOUT", 300),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous readers get pages, feeds and the sitemap from one response cache
# (announcements/response_cache.py); publishing retires them all at once. 0 turns it off.
RESPONSE_CACHE_SECONDS = env_int("RESPONSE_CACHE_SECONDS", 300)
# How long a browser may reuse a page without asking again.
PAGE_BROWSER_CACHE_SECONDS = env_int("PAGE_BROWSER_CACHE_SECONDS", 60)
# Paths the response cache never looks at (no public response lives there).
RESPONSE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/static/", "/media/")

# Celery: the broker comes from CELERY_BROKER_URL. Without one, tasks run in-process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "memory://"
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=not env_str("CELERY_BROKER_URL"))
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 120)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 90)
# A broker that is down must never hang a request (celery/celery#4296, #4556):
# give up connecting and publishing quickly; the outbox re-sends later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    # A message a worker took but never acknowledged (it died) is handed out again
    # after this long; the outbox sweeper also re-sends anything left unfinished.
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 600),
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A worker process is replaced once a task leaves it past this many KiB resident (a
# search index rebuild at a thousand announcements grows one to about 270 MiB), so
# memory stays flat however long the worker runs; `make worker`, compose and `make bench`
# all start `celery worker` and read it from here.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env_int("CELERY_MAX_MEMORY_KIB", 150_000)
CELERY_WORKER_CONCURRENCY = env_int("CELERY_CONCURRENCY", 2)
CELERY_BEAT_SCHEDULE = {
    "sweep-outbox": {"task": "announcements.publishing.tasks.sweep_outbox", "schedule": 60.0},
    "publish-scheduled-pages": {"task": "announcements.publishing.tasks.publish_scheduled_pages", "schedule": 60.0},
}

# The outbox of publishing side effects (announcements/publishing/).
# Handing a message to the broker: one quick retry, then leave it to the sweeper.
PUBLISHING_DISPATCH_OPTIONS = {
    "retry": True,
    "retry_policy": {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2},
}
# Without a broker (make run), effects readers need at once (retiring cached pages and
# feeds) run before the response, the rest after it: "thread" hands them to a background
# thread of the web process once the response is sent; "inline" runs them on the request's
# own thread once its response is finished (announcements/publishing/after_response.py).
PUBLISHING_AFTER_RESPONSE = env_str("PUBLISHING_AFTER_RESPONSE") or "thread"
PUBLISHING_MAX_RETRIES = env_int("PUBLISHING_MAX_RETRIES", 6)
PUBLISHING_RETRY_BACKOFF_BASE = 2  # seconds; doubled each attempt, with full jitter
PUBLISHING_RETRY_BACKOFF_MAX = 300
# The sweeper re-sends effects still pending after this many seconds (the broker was
# down), and effects sent but not finished after this many (the worker died).
PUBLISHING_RESEND_PENDING_AFTER = env_int("PUBLISHING_RESEND_PENDING_AFTER", 30)
PUBLISHING_RESEND_SENT_AFTER = env_int("PUBLISHING_RESEND_SENT_AFTER", 900)

WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Announcements")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Editors' notifications (e.g. a license version superseded): SMTP in production.
EMAIL_BACKEND = env_str("EMAIL_BACKEND") or "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "announcements@localhost"
# A WebSub hub (e.g. https://pubsubhubbub.appspot.com/) the feeds advertise and ping
# after every change; unset, feeds name no hub and nothing is pinged.
WEBSUB_HUB_URL = env_str("WEBSUB_HUB_URL")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip"]
# Wagtail's admin offers only the languages the site is written in.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Editors' avatars are the ones they upload, or Wagtail's default: no editor's address is
# sent (hashed) to gravatar.com, and no image is asked of a host the CSP does not allow.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-tasks logs every inline task Wagtail runs (search and reference index).
    # django-axes logs every failed login at INFO; lock-outs are logged as warnings.
    "loggers": {"django_tasks": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
