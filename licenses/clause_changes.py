"""Whether a clause changed between two versions of a license, per language (pure logic, no queries).

This is the site's only definition of "changed". The citation chips on announcements
and the comparison pages both ask it, so a chip and the comparison it links to cannot
disagree. A clause is written in every language of the site (``heading_<code>`` and
``text_<code>``, both required); it changed *in a language* when that language's heading
or text differs. Editors often correct one language alone, so a change is never
reported for a language whose wording stayed the same.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.utils.translation import pgettext

from site_config.i18n import language_codes, language_name


def wording(clause: Any, language: str) -> tuple[str, str]:
    """A clause's heading and text in one language, read from its per-language fields
    rather than through the active language, so the answer does not depend on who asks."""
    return (getattr(clause, f"heading_{language}", "") or "", getattr(clause, f"text_{language}", "") or "")


def changed_languages(old: Any, new: Any, *, languages: Sequence[str] | None = None) -> tuple[str, ...]:
    """The languages, in the site's order, in which a clause present in both versions
    changed. Empty when it is the same in every language.

    ``languages`` defaults to the site's (settings.LANGUAGES).
    """
    codes = language_codes() if languages is None else languages
    return tuple(code for code in codes if wording(old, code) != wording(new, code))


def language_names(codes: Iterable[str]) -> str:
    """Languages by their names in the reader's language ("Japanese" / 「日本語」), for a
    sentence saying which languages changed. Call it while rendering, so the names come
    out in the language of the page."""
    return pgettext("separator between language names", ", ").join(language_name(code) for code in codes)
