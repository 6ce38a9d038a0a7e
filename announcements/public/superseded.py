"""Live announcements and FAQs that cite a license version a newer one has superseded.

Citations of earlier terms on purpose (a concern's "Before", a FAQ about the past) are
not outdated and are left out.

Each citing item once, with each of its outdated citations and how the cited clause
fares in the newest version (changed, unchanged, removed; for a citation of a whole
version, which clauses are new, removed and changed), for editors to update.
"""

from dataclasses import dataclass, field

from django.utils import translation

from announcements.blocks import iter_citations
from announcements.models import AnnouncementPage
from announcements.rules.citations import CURRENT, SUPERSEDED
from licenses.comparison import ADDED, CHANGED, REMOVED, UNCHANGED, compare_clauses

from .citation_checks import check_citations, citation_key
from .selectors import public_faqs


@dataclass(frozen=True)
class OutdatedCitation:
    version: object
    clause: object | None
    check: object  # CitationCheck: status, newest version, comparison URL
    # A whole version cited: the headings of the newest version's new, removed and changed
    # clauses, and how many are unchanged, in the active language.
    clause_changes: dict = field(default_factory=dict)


def whole_version_changes(version, newest) -> dict:
    comparisons = compare_clauses(version.clauses.all(), newest.clauses.all(), language=translation.get_language())
    changes = {
        status: [comparison.heading for comparison in comparisons if comparison.status == status]
        for status in (ADDED, REMOVED, CHANGED)
    }
    return {**changes, UNCHANGED: sum(comparison.status == UNCHANGED for comparison in comparisons)}


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
            changes = whole_version_changes(version, check.newest_version) if check.status == SUPERSEDED else {}
            outdated.append(OutdatedCitation(version, clause, check, changes))
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
        .filter(cited_version__superseded_by__live=True, cites_earlier_terms=False)
        .select_related("cited_version__license", "cited_version__superseded_by", "cited_clause")
    )
    for faq in faqs.order_by("sort_order", "pk"):
        if outdated := _outdated([(faq.cited_version, faq.cited_clause)]):
            items.append(CitingItem("faq", faq, faq.question, outdated))
    return items
