"""Reads of license data for the public pages, each in a fixed number of queries. Readers
see published versions only (``LicenseVersion.objects.live()``)."""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import License, LicenseClause, LicenseVersion


def licenses_with_versions():
    return License.objects.prefetch_related(
        Prefetch("versions", queryset=LicenseVersion.objects.live().order_by("effective_date"))
    )


def license_with_versions(*, license_slug: str) -> License:
    return get_object_or_404(licenses_with_versions(), slug=license_slug)


def version_with_clauses(*, license_slug: str, version_slug: str) -> LicenseVersion:
    queryset = (
        LicenseVersion.objects.live()
        .select_related("license", "supersedes__license", "superseded_by__license")
        .prefetch_related(Prefetch("clauses", queryset=LicenseClause.objects.order_by("sort_order", "pk")))
    )
    return get_object_or_404(queryset, license__slug=license_slug, slug=version_slug)


def versions_pair(*, license_slug: str, old_slug: str, new_slug: str) -> tuple[LicenseVersion, LicenseVersion]:
    """Two versions of one license with their clauses, in two queries; 404 if either is missing."""
    queryset = (
        LicenseVersion.objects.live()
        .select_related("license")
        .prefetch_related(Prefetch("clauses", queryset=LicenseClause.objects.order_by("sort_order", "pk")))
    )
    found = {
        version.slug: version for version in queryset.filter(license__slug=license_slug, slug__in=[old_slug, new_slug])
    }
    if old_slug == new_slug or len(found) != 2:
        raise Http404("No such pair of versions of this license.")
    return found[old_slug], found[new_slug]


def newest_versions(license_ids) -> dict[int, LicenseVersion]:
    """The newest published version (latest effective date) of each license, with its
    clauses: two queries."""
    license_ids = set(license_ids)
    if not license_ids:
        return {}
    newest: dict[int, LicenseVersion] = {}
    versions = LicenseVersion.objects.live().select_related("license").filter(license_id__in=license_ids)
    for version in versions.order_by("-effective_date", "-pk"):
        newest.setdefault(version.license_id, version)
    prefetch_related_objects(list(newest.values()), "clauses")
    return newest
