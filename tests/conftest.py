"""Fixtures every test may use.

Tests start from an empty site (what Wagtail's migrations create) and build what they need
with the factories in ``announcements/factories.py`` and ``licenses/factories.py``; ``home_page``
is the minimal site to build on, and ``module_data`` lets a module's tests share what they
build. The SD3 seed is loaded only by the tests that are about it (``sd3_seed``, ``notice``,
``license_versions``).
"""

import os
from contextlib import contextmanager
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from hypothesis import settings as hypothesis_settings

from tests.wsgi_door import DoorClient

# Property tests explore new random examples on every local run; CI (HYPOTHESIS_PROFILE=ci)
# runs the same derived examples every time, so whether a change lands does not depend on
# what a random draw found that day. A failure found locally becomes an @example.
hypothesis_settings.register_profile("ci", derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Service-marked tests run whenever their service is configured. CI sets
# REQUIRE_SERVICES=1 so that a missing service fails the run instead of skipping.
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def _service_missing(marker: str) -> str | None:
    if marker == "postgres" and settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return "DATABASE_URL does not name a PostgreSQL database"
    if marker == "redis" and not (os.environ.get("REDIS_URL") and os.environ.get("CELERY_BROKER_URL")):
        return "REDIS_URL and CELERY_BROKER_URL are not set"
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        for marker in ("postgres", "redis"):
            if marker not in item.keywords:
                continue
            reason = _service_missing(marker)
            if reason is None:
                continue
            if REQUIRE_SERVICES:
                raise pytest.UsageError(f"REQUIRE_SERVICES=1 but {reason} ({item.nodeid}).")
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _reset_language():
    """A request to /ja/ leaves Japanese active in this thread; the next test starts in English."""
    yield
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


def forget_site_root_paths() -> None:
    """Wagtail caches where each site's pages start, and wagtail-modeltranslation once per
    language under keys of its own that saving a Site does not clear."""
    from django.core.cache import cache
    from wagtail.models import Site

    from site_config.i18n import language_codes

    Site.clear_site_root_paths_cache()
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code in language_codes()])


@pytest.fixture(autouse=True)
def _forget_site_root_paths():
    """Every test builds its own site: none may find another test's in the cache."""
    forget_site_root_paths()
    yield
    forget_site_root_paths()


# A site to build on --------------------------------------------------------------------


@pytest.fixture
def home_page(db):
    """A minimal site: a published announcement index as the default Site's root (the home
    page, as ``make run`` sets it up), in place of Wagtail's placeholder page. Nothing else."""
    from announcements.factories import AnnouncementIndexPageFactory

    index = AnnouncementIndexPageFactory.as_home_page()
    forget_site_root_paths()
    return index


def _as_committed() -> None:
    from django.db import transaction

    from announcements.publishing.models import SideEffect

    transaction.get_connection().run_on_commit.clear()
    SideEffect.objects.all().delete()


@pytest.fixture
def response_cache_in_memory(settings):
    """The response cache on process-local memory whatever REDIS_URL says, switched on:
    some tests read what was stored, and when it lapses, from the cache's own bookkeeping
    (Redis behaves the same)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
    settings.RESPONSE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def committed_notice(home_page, as_committed):
    """A small published announcement (a concern of each kind) whose publication counts as
    committed and sent, so what a test does next is a change of its own."""
    from announcements.factories import AnnouncementPageFactory

    notice = AnnouncementPageFactory(resolved=1, remaining=1)
    as_committed()
    return notice


@pytest.fixture
def as_committed(db):
    """``as_committed()``: what the test built so far counts as committed and its side effects as sent.

    A test runs in one transaction, and the outbox gathers one transaction's changes into one
    batch sent on commit; without this, the changes a test makes after building its content
    would join the batch of that content's publication instead of recording and sending their
    own. (Drops the pending on-commit callbacks and empties the outbox, as if an earlier
    request had committed and sent them.)
    """
    return _as_committed


# Data a module's tests share ---------------------------------------------------------------


class ModuleData:
    """Builds what a module's tests share (see ``module_data``)."""

    def __init__(self, django_db_blocker):
        self._blocker = django_db_blocker

    @contextmanager
    def build(self):
        """Build inside this block; what is built counts as committed before the tests run."""
        with self._blocker.unblock():
            yield
            forget_site_root_paths()
            _as_committed()


@pytest.fixture(scope="module")
def module_data(django_db_setup, django_db_blocker):
    """A transaction around a module's tests, for data they share: Django's
    ``TestCase.setUpTestData`` for pytest. Build with ``with module_data.build(): ...`` in a
    module-scoped fixture and hand tests ids, not instances (a test may change what it is given):
    function-scoped fixtures fetch the objects afresh. Each test runs in a savepoint inside this
    transaction, rolled back after it; the transaction is rolled back after the module's last
    test. A module's database tests all see the shared data once it is built, so a module builds
    on it or not.
    """
    from django.db import transaction

    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
    try:
        yield ModuleData(django_db_blocker)
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
        forget_site_root_paths()


# Clients: requests enter through site_config.wsgi.application, as a server sends them ----


@pytest.fixture
def client() -> DoorClient:
    """An anonymous reader. Replaces pytest-django's fixture: every request goes through the
    WSGI application servers run (the response cache's front door included), not only
    Django's handler (tests/wsgi_door.py)."""
    return DoorClient()


# Logged-in clients (force_login: no password check to trip a login guard) ---------------


def _logged_in(django_user_model, username: str, *, group: str | None = None, superuser: bool = False) -> Client:
    from django.contrib.auth.models import Group

    if superuser:
        user = django_user_model.objects.create_superuser(username=username, email=f"{username}@example.com")
    else:
        user = django_user_model.objects.create_user(username=username, email=f"{username}@example.com")
        user.groups.add(Group.objects.get(name=group))
    client = DoorClient()
    client.force_login(user)
    return client


@pytest.fixture
def superuser_client(db, django_user_model) -> Client:
    """A superuser: every admin screen, every permission."""
    return _logged_in(django_user_model, "admin", superuser=True)


@pytest.fixture
def editor_client(db, django_user_model) -> Client:
    """A member of Wagtail's "Editors" group: may add and edit pages, not publish them."""
    return _logged_in(django_user_model, "editor", group="Editors")


@pytest.fixture
def moderator_client(db, django_user_model) -> Client:
    """A member of Wagtail's "Moderators" group: may add, edit and publish pages."""
    return _logged_in(django_user_model, "moderator", group="Moderators")


# The SD3 seed, for the tests that are about it -------------------------------------------


@pytest.fixture(scope="module")
def sd3_seed(module_data):
    """The SD3 notice, its license versions, topics and FAQs, as ``make run`` loads them,
    shared by the module's tests (``module_data``)."""
    with module_data.build():
        call_command("load_sd3_notice", stdout=StringIO())


@pytest.fixture
def notice(sd3_seed, db):
    """The published SD3 notice (from the seed)."""
    from announcements.models import AnnouncementPage

    return AnnouncementPage.objects.get(slug_en="sd3-un-banned")


@pytest.fixture
def license_versions(sd3_seed, db):
    """The SD3 license's versions from the seed, by slug ("v1", "v2")."""
    from licenses.models import LicenseVersion

    return {version.slug: version for version in LicenseVersion.objects.select_related("license")}
