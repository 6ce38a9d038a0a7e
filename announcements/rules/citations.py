"""Whether a citation still matches the newest version of the license it cites.

Pure logic, no queries: the caller loads the newest version of each cited license
(and its clauses) once per page and passes it in. A citation of the newest
version is ``current``. Otherwise the cited clause, looked up by its key in the
newest version, is ``changed``, ``changed-in-other-language``, ``unchanged`` or
``removed``; a citation of a whole version (no clause) is only ``superseded``.

Whether a clause changed, and in which languages, is ``licenses.clause_changes``'s to
say: the comparison page the chip links to asks the same question, so a chip never
calls a clause changed that the comparison in the reader's language calls unchanged.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from licenses.clause_changes import changed_languages, language_names

CURRENT, CHANGED, UNCHANGED, REMOVED, SUPERSEDED = "current", "changed", "unchanged", "removed", "superseded"
# Changed only in languages other than the reader's (an editor corrected the Japanese
# alone, say): the reader's own wording is the same, so it is not "changed" for them,
# but a bilingual reader or someone quoting the other language should know.
CHANGED_IN_OTHER_LANGUAGE = "changed-in-other-language"


@dataclass(frozen=True)
class CitationCheck:
    """What a citation chip shows about newer versions: the status, the languages in
    which the cited clause changed, the newest version (when it is not the cited one)
    and the comparison between them."""

    status: str
    newest_version: Any = None
    compare_url: str = ""
    changed_languages: tuple[str, ...] = ()

    @property
    def is_current(self) -> bool:
        return self.status == CURRENT

    @property
    def changed_language_names(self) -> str:
        """Read while rendering, so the names are in the page's language."""
        return language_names(self.changed_languages)


def check_citation(
    *,
    cited_version_id: int,
    newest_version_id: int | None,
    cited_clause: Any | None,
    newest_clauses: Mapping[str, Any],
    language: str,
) -> CitationCheck:
    """One citation against the newest version of its license, for a reader of ``language``.

    ``cited_clause`` is None for a citation of a whole version; ``newest_clauses`` are the
    newest version's clauses by key.
    """
    if newest_version_id is None or newest_version_id == cited_version_id:
        return CitationCheck(CURRENT)
    if cited_clause is None:
        return CitationCheck(SUPERSEDED)
    newest = newest_clauses.get(cited_clause.key)
    if newest is None:
        return CitationCheck(REMOVED)
    changed = changed_languages(cited_clause, newest)
    if language in changed:
        return CitationCheck(CHANGED, changed_languages=changed)
    if changed:
        return CitationCheck(CHANGED_IN_OTHER_LANGUAGE, changed_languages=changed)
    return CitationCheck(UNCHANGED)


def citation_status(
    *,
    cited_version_id: int,
    newest_version_id: int | None,
    cited_clause: Any | None,
    newest_clauses: Mapping[str, Any],
    language: str,
) -> str:
    """The status alone of ``check_citation``."""
    return check_citation(
        cited_version_id=cited_version_id,
        newest_version_id=newest_version_id,
        cited_clause=cited_clause,
        newest_clauses=newest_clauses,
        language=language,
    ).status
