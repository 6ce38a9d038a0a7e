"""Whether a citation still matches the newest version of the license it cites.

Pure logic, no queries: the caller loads the newest version of each cited license
(and its clauses) once per page and passes it in. A citation of the newest
version is ``current``. Otherwise the cited clause, looked up by its key in the
newest version, is ``unchanged``, ``changed`` or ``removed``; a citation of a
whole version (no clause) is only ``superseded``.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

CURRENT, CHANGED, UNCHANGED, REMOVED, SUPERSEDED = "current", "changed", "unchanged", "removed", "superseded"


def clause_content(clause: Any, languages: Sequence[str]) -> tuple[str, ...]:
    """What a clause says in every language: a change in either language is a change."""
    return tuple(getattr(clause, f"{field}_{code}", "") or "" for code in languages for field in ("heading", "text"))


def citation_status(
    *,
    cited_version_id: int,
    newest_version_id: int | None,
    cited_clause_key: str | None,
    cited_clause_content: tuple[str, ...] | None,
    newest_clause_contents: Mapping[str, tuple[str, ...]],
) -> str:
    """The status of one citation against the newest version of its license."""
    if newest_version_id is None or newest_version_id == cited_version_id:
        return CURRENT
    if cited_clause_key is None:
        return SUPERSEDED
    newest = newest_clause_contents.get(cited_clause_key)
    if newest is None:
        return REMOVED
    return UNCHANGED if newest == cited_clause_content else CHANGED


@dataclass(frozen=True)
class CitationCheck:
    """What a citation chip shows about newer versions: the status, the newest
    version (when it is not the cited one) and the comparison between them."""

    status: str
    newest_version: Any = None
    compare_url: str = ""

    @property
    def is_current(self) -> bool:
        return self.status == CURRENT
