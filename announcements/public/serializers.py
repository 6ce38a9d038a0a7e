"""Announcements' concerns and citations as plain data, for every machine output.

The JSON Feed extension reads these today; a JSON API or anything else that
describes concerns and citations must use the same functions, so every output
says the same thing about the same citation.
"""

from django.urls import reverse
from wagtail.rich_text import expand_db_html

from announcements.rules.sections import NOT_PERFECT, REMAINING, RESOLVED, concern_category
from announcements.rules.text import xml_safe
from site_config.public_urls import absolute_links, absolute_url

# The shape of ``structured_concerns``, stated in the API's schema and the JSON Feed
# extension; raised when a list's meaning changes. 2: ``not_perfect`` (remaining concerns
# about a license clause) is its own list, as on the page; in 1 it was in ``remaining_concerns``.
# Added within 2, so no change of meaning: each concern's ``earlier_citations``.
CONCERNS_FORMAT = 2
# Each section of the page, as a list, in the page's order.
CONCERN_LISTS = {RESOLVED: "resolved_concerns", NOT_PERFECT: "not_perfect", REMAINING: "remaining_concerns"}


def structured_concerns(body, *, request) -> dict:
    """A body's concerns for machines, in the sections the page shows: ``resolved_concerns``,
    ``not_perfect`` and ``remaining_concerns``, each ``{"title", "kind", "citation",
    "earlier_citations"}`` with each citation as ``citation_object`` gives it. Absolute
    URLs are built with ``request``."""
    concerns: dict[str, list] = {name: [] for name in CONCERN_LISTS.values()}
    for child in body:
        category = concern_category(child.block_type, child.value)
        if category is not None:
            value = child.value
            concerns[CONCERN_LISTS[category]].append(
                {
                    "title": xml_safe(value.get("title")),
                    "kind": value.get("kind"),
                    "citation": citation_object(value.get("citation"), request=request),
                    "earlier_citations": [
                        citation_object(citation.value, request=request)
                        for citation in value.get("earlier_citations", ())
                    ],
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
    newer = version.newer_version  # loaded with the version by its chooser block
    return {
        "cited_as": xml_safe(version.cited_as(clause)),
        "license": xml_safe(version.license.name),
        "version_name": xml_safe(version.display_name),
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


def announcement_object(page, body, *, request, language: str) -> dict:
    """An announcement for machines, in ``language``: its facts, topics (prefetched) and
    concerns as ``structured_concerns`` gives them. ``body`` is the page's body as loaded
    by ``announcements.public.bodies.load_bodies``."""
    return {
        "id": page.pk,
        "url": request.build_absolute_uri(page.get_url(request=request)),
        "title": getattr(page, f"title_{language}"),
        "summary": getattr(page, f"summary_{language}"),
        "notice_date": page.notice_date.isoformat(),
        "notice_date_precision": page.date_precision,
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "last_updated": page.last_updated,
        "topics": [topic_object(topic) for topic in page.topics.all()],
        **structured_concerns(body, request=request),
    }


def topic_object(topic) -> dict:
    return {"slug": topic.slug, "name": topic.name}


def faq_object(faq, *, faq_page_url: str, request) -> dict:
    """A question with its answer (HTML), its topic and the citation it rests on."""
    return {
        "slug": faq.slug,
        "url": request.build_absolute_uri(f"{faq_page_url}#{faq.slug}"),
        "question": faq.question,
        # As the FAQ page shows it: links expanded from Wagtail's storage format, made absolute.
        "answer_html": absolute_links(expand_db_html(faq.answer), base=absolute_url(faq_page_url or "/")),
        "topic": topic_object(faq.topic),
        "citation": citation_object({"version": faq.cited_version, "clause": faq.cited_clause}, request=request),
        "cites_earlier_terms": faq.cites_earlier_terms,
    }


def version_summary(version, *, request) -> dict:
    return {
        "slug": version.slug,
        "name": version.display_name,
        "label": version.label,
        "effective_date": version.effective_date,
        "url": request.build_absolute_uri(_version_path(version.license, version)),
        "supersedes": version.supersedes.slug if version.supersedes_id else None,
        "superseded_by": getattr(version.newer_version, "slug", None),
    }


def license_object(license_, versions, *, request) -> dict:
    return {
        "slug": license_.slug,
        "name": license_.name,
        "licensor": license_.licensor,
        "url": request.build_absolute_uri(license_.get_absolute_url()),
        "versions": [version_summary(version, request=request) for version in versions],
    }


def clause_object(clause, *, version_url: str) -> dict:
    return {"key": clause.key, "heading": clause.heading, "text": clause.text, "url": f"{version_url}#{clause.key}"}


def version_object(version, clauses, *, request) -> dict:
    summary = version_summary(version, request=request)
    return {
        **summary,
        "license": version.license.slug,
        "source_url": version.source_url,
        "summary": version.summary,
        "clauses": [clause_object(clause, version_url=summary["url"]) for clause in clauses],
    }
