"""Reads of license data for the public pages, each in a fixed number of queries."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from .models import License, LicenseClause, LicenseVersion


def licenses_with_versions():
    return License.objects.prefetch_related(
        Prefetch("versions", queryset=LicenseVersion.objects.order_by("effective_date"))
    )


def license_with_versions(*, license_slug: str) -> License:
    return get_object_or_404(licenses_with_versions(), slug=license_slug)


def version_with_clauses(*, license_slug: str, version_slug: str) -> LicenseVersion:
    queryset = LicenseVersion.objects.select_related("license", "supersedes", "superseded_by").prefetch_related(
        Prefetch("clauses", queryset=LicenseClause.objects.order_by("sort_order", "pk"))
    )
    return get_object_or_404(queryset, license__slug=license_slug, slug=version_slug)
