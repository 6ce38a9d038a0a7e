"""A new version of a license, started from the one it supersedes.

The clauses are copied with their keys (the same provisions, so citations and the
comparison line up) and marked as carried over until an editor checks them against
the new text. The labels are not copied: a second "version 2" must not go live, so
the editor names the new version in every language. The new version is a draft: readers
see it, and the old one says a newer version exists, only once it is published.
"""

from django.db import transaction

from site_config.i18n import language_codes

from .models import LicenseClause, LicenseVersion


def _per_language_fields(*names: str) -> list[str]:
    return [f"{name}_{code}" for name in names for code in language_codes()]


@transaction.atomic
def new_version_from(source: LicenseVersion, *, slug: str, effective_date, labels: dict[str, str]) -> LicenseVersion:
    """Create the version that supersedes ``source``; ``labels`` by language code."""
    version = LicenseVersion(
        license=source.license,
        slug=slug,
        effective_date=effective_date,
        supersedes=source,
        live=False,
        **{f"label_{code}": label for code, label in labels.items()},
        **{
            field.name: getattr(source, field.name)
            for field in LicenseVersion._meta.fields
            if field.name.startswith("name_")
        },
    )
    version.full_clean()
    version.save()
    for clause in source.clauses.all():
        # Saved one by one (not bulk_create) so each copy is search-indexed like any clause.
        LicenseClause.objects.create(
            version=version,
            key=clause.key,
            sort_order=clause.sort_order,
            carried_over=True,
            **{name: getattr(clause, name) for name in _per_language_fields("heading", "text")},
        )
    version.save_revision()  # the draft the editor opens, clauses included
    return version
