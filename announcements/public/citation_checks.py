"""Checks every citation on a page against newer license versions, in at most two queries.

The chooser blocks already load each cited version with its license and its
successor (``superseded_by``). Only licenses that have a newer version need the
newest version's clauses, and those are loaded together, once per page.

A check is for the reader's language (whether the clause changed in *their* wording),
which is safe to keep in the page cache because that is kept per language.
"""

import dataclasses
from collections.abc import Iterable

from django.urls import reverse
from django.utils import translation

from announcements.rules.citations import CURRENT, CitationCheck, check_citation
from licenses.models import LicenseClause, LicenseVersion
from licenses.selectors import newest_versions

CitationKey = tuple[int, str | None]


def citation_key(version: LicenseVersion, clause: LicenseClause | None) -> CitationKey:
    return (version.pk, clause.key if clause is not None else None)


def check_citations(
    citations: Iterable[tuple[LicenseVersion, LicenseClause | None]],
    *,
    language: str | None = None,
) -> dict[CitationKey, CitationCheck]:
    """{(version pk, clause key): CitationCheck} for every (version, clause) cited, for a
    reader of ``language`` (by default the active one: the page being rendered)."""
    language = language or translation.get_language()
    citations = [(version, clause) for version, clause in citations if version is not None]
    newest = newest_versions(
        {version.license_id for version, _clause in citations if version.newer_version is not None}
    )
    newest_clauses = {
        license_id: {clause.key: clause for clause in version.clauses.all()} for license_id, version in newest.items()
    }
    checks: dict[CitationKey, CitationCheck] = {}
    for version, clause in citations:
        latest = newest.get(version.license_id)
        check = check_citation(
            cited_version_id=version.pk,
            newest_version_id=latest.pk if latest else None,
            cited_clause=clause,
            newest_clauses=newest_clauses.get(version.license_id, {}),
            language=language,
        )
        if check.status == CURRENT:
            checks[citation_key(version, clause)] = check
            continue
        compare_url = reverse(
            "licenses:compare",
            kwargs={"license_slug": version.license.slug, "old_slug": version.slug, "new_slug": latest.slug},
        )
        if clause is not None:
            compare_url += f"#{clause.key}"
        checks[citation_key(version, clause)] = dataclasses.replace(
            check, newest_version=latest, compare_url=compare_url
        )
    return checks
