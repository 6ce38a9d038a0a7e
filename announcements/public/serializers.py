"""Announcements' concerns and citations as plain data, for every machine output.

The JSON Feed extension reads these today; a JSON API or anything else that
describes concerns and citations must use the same functions, so every output
says the same thing about the same citation.
"""

from django.urls import reverse

from announcements.rules.text import xml_safe
from site_config.public_urls import absolute_url

CONCERN_BLOCKS = {"resolved_concern": "resolved_concerns", "remaining_concern": "remaining_concerns"}


def structured_concerns(body, *, request) -> dict:
    """A body's concerns for machines: ``resolved_concerns`` and ``remaining_concerns``,
    each ``{"title", "kind", "citation"}`` with the citation's license, version, date,
    clause and whether a newer version supersedes the cited one. Absolute URLs are built
    with ``request``."""
    concerns: dict[str, list] = {name: [] for name in CONCERN_BLOCKS.values()}
    for child in body:
        if child.block_type in CONCERN_BLOCKS:
            value = child.value
            concerns[CONCERN_BLOCKS[child.block_type]].append(
                {
                    "title": xml_safe(value.get("title")),
                    "kind": value.get("kind"),
                    "citation": citation_object(value.get("citation"), request=request),
                }
            )
    return concerns


def _version_path(license_, version) -> str:
    # A newer version belongs to the same license, already loaded: no query for it.
    return reverse("licenses:version_detail", kwargs={"license_slug": license_.slug, "version_slug": version.slug})


def citation_object(citation, *, request) -> dict | None:
    version = citation.get("version") if citation else None
    if version is None:
        return None
    clause = citation.get("clause")
    version_url = absolute_url(version.get_absolute_url())
    newer = getattr(version, "superseded_by", None)  # loaded with the version by its chooser block
    return {
        "license": xml_safe(version.license.name),
        "version": xml_safe(version.label),
        "version_url": version_url,
        "effective_date": version.effective_date.isoformat(),
        "clause_key": clause.key if clause else None,
        "clause_heading": xml_safe(clause.heading) if clause else None,
        "clause_url": f"{version_url}#{clause.key}" if clause else None,
        "superseded": newer is not None,
        "superseded_by": (
            {"version": xml_safe(newer.label), "url": absolute_url(_version_path(version.license, newer))}
            if newer is not None
            else None
        ),
    }
