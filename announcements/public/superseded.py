"""Live announcements and FAQs that cite a license version a newer one has superseded.

Each citing item once, with each of its outdated citations and how the cited clause
fares in the newest version (changed, unchanged, removed), for editors to update.
"""

from dataclasses import dataclass

from announcements.blocks import iter_citations
from announcements.models import AnnouncementPage
from announcements.rules.citations import CURRENT

from .citation_checks import check_citations, citation_key
from .selectors import public_faqs


@dataclass(frozen=True)
class OutdatedCitation:
    version: object
    clause: object | None
    check: object  # CitationCheck: status, newest version, comparison URL


@dataclass(frozen=True)
class CitingItem:
    kind: str  # "announcement" or "faq"
    item: object
    title: str
    citations: list[OutdatedCitation]


def _outdated(pairs) -> list[OutdatedCitation]:
    pairs = [(version, clause) for version, clause in pairs if version is not None]
    checks = check_citations(pairs)
    seen, outdated = set(), []
    for version, clause in pairs:
        check = checks[citation_key(version, clause)]
        if check.status != CURRENT and citation_key(version, clause) not in seen:
            seen.add(citation_key(version, clause))
            outdated.append(OutdatedCitation(version, clause, check))
    return outdated


def items_citing_superseded_versions() -> list[CitingItem]:
    """Live announcements (as published) and FAQs with at least one outdated citation; a
    clause's status is worked out in the active language (see ``check_citations``)."""
    items = []
    for page in AnnouncementPage.objects.live().order_by("-date", "pk"):
        pairs = [(citation["version"], citation["clause"]) for _block, citation in iter_citations(page.body)]
        if outdated := _outdated(pairs):
            items.append(CitingItem("announcement", page, page.title, outdated))
    faqs = (
        public_faqs()
        .filter(cited_version__superseded_by__live=True)
        .select_related("cited_version__license", "cited_version__superseded_by", "cited_clause")
    )
    for faq in faqs.order_by("sort_order", "pk"):
        if outdated := _outdated([(faq.cited_version, faq.cited_clause)]):
            items.append(CitingItem("faq", faq, faq.question, outdated))
    return items
