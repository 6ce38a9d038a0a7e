"""Checks every citation on a page against newer license versions, in at most two queries.

The chooser blocks already load each cited version with its license and its
successor (``superseded_by``). Only licenses that have a newer version need the
newest version's clauses, and those are loaded together, once per page.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse

from announcements.rules.citations import CURRENT, CitationCheck, citation_status, clause_content
from licenses.models import LicenseClause, LicenseVersion
from licenses.selectors import newest_versions

CitationKey = tuple[int, str | None]


def citation_key(version: LicenseVersion, clause: LicenseClause | None) -> CitationKey:
    return (version.pk, clause.key if clause is not None else None)


def _has_successor(version: LicenseVersion) -> bool:
    try:
        return version.superseded_by is not None
    except ObjectDoesNotExist:
        return False


def check_citations(
    citations: Iterable[tuple[LicenseVersion, LicenseClause | None]],
) -> dict[CitationKey, CitationCheck]:
    """{(version pk, clause key): CitationCheck} for every (version, clause) cited."""
    citations = [(version, clause) for version, clause in citations if version is not None]
    newest = newest_versions({version.license_id for version, _clause in citations if _has_successor(version)})
    languages = [code for code, _name in settings.LANGUAGES]
    newest_contents = {
        license_id: {clause.key: clause_content(clause, languages) for clause in version.clauses.all()}
        for license_id, version in newest.items()
    }
    checks: dict[CitationKey, CitationCheck] = {}
    for version, clause in citations:
        latest = newest.get(version.license_id)
        status = citation_status(
            cited_version_id=version.pk,
            newest_version_id=latest.pk if latest else None,
            cited_clause_key=clause.key if clause else None,
            cited_clause_content=clause_content(clause, languages) if clause else None,
            newest_clause_contents=newest_contents.get(version.license_id, {}),
        )
        if status == CURRENT:
            checks[citation_key(version, clause)] = CitationCheck(status)
            continue
        compare_url = reverse(
            "licenses:compare",
            kwargs={"license_slug": version.license.slug, "old_slug": version.slug, "new_slug": latest.slug},
        )
        if clause is not None:
            compare_url += f"#{clause.key}"
        checks[citation_key(version, clause)] = CitationCheck(status, latest, compare_url)
    return checks
