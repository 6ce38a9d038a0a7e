import os
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the loaded SD3 notice, as a reader would find the site."""
    from announcements.publishing.models import SideEffect

    with django_db_blocker.unblock():
        call_command("load_sd3_notice", stdout=StringIO())
        SideEffect.objects.all().delete()  # tests of the outbox start from an empty one


@pytest.fixture
def notice(db):
    from announcements.models import AnnouncementPage

    return AnnouncementPage.objects.get(slug_en="sd3-un-banned")


@pytest.fixture
def license_versions(db):
    from licenses.models import LicenseVersion

    return {version.slug: version for version in LicenseVersion.objects.select_related("license")}
