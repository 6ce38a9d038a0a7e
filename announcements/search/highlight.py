"""Matched words marked in the text readers see, and a short excerpt around the first match."""

import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import match_spans, merged_spans, term_matches

EXCERPT_CHARACTERS = 180


def highlighted(text: str, terms: list[str], *, spans: list[tuple[int, int]] | None = None) -> SafeString:
    """``text`` escaped, with every occurrence of a term (``spans``, when already known)
    wrapped in ``<mark>``."""
    parts, position = [], 0
    for start, end in match_spans(text, terms) if spans is None else spans:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece of text above is escaped


# How far a cut may move to fall between words rather than inside one.
BOUNDARY_REACH = 20


def excerpt(text: str, terms: list[str], length: int = EXCERPT_CHARACTERS) -> SafeString:
    """About ``length`` characters of ``text`` around the matches (or its start),
    highlighted: the window holding the most of the query's terms, cut between words
    (Japanese: where the kind of character changes or after punctuation)."""
    matches = term_matches(text, terms)  # normalised once, for the window and the marks
    first = _best_window_start(matches, length)
    start = _boundary(text, max(0, min(first - length // 3, len(text) - length)), forward=True)
    end = _boundary(text, min(len(text), start + length), forward=False)
    # The matches wholly inside the window, placed relative to it.
    spans = [(s - start, e - start) for s, e in merged_spans(matches) if s >= start and e <= end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{escape(prefix)}{highlighted(text[start:end], terms, spans=spans)}{escape(suffix)}")


def _best_window_start(matches: list[tuple[int, int, str]], length: int) -> int:
    """The first match of the stretch (half an excerpt long) where the most distinct
    terms occur, found in one pass over the matches; 0 when nothing matches."""
    best, best_count, in_reach, oldest = 0, 0, {}, 0
    for start, _end, term in matches:
        in_reach[term] = in_reach.get(term, 0) + 1
        while matches[oldest][0] < start - length // 2:
            left = matches[oldest][2]
            in_reach[left] -= 1
            if not in_reach[left]:
                del in_reach[left]
            oldest += 1
        if len(in_reach) > best_count:
            best, best_count = matches[oldest][0], len(in_reach)
    return best


def _kind(character: str) -> str:
    if character.isspace() or unicodedata.category(character).startswith("P"):
        return "gap"
    if "\u3040" <= character <= "\u309f":
        return "hiragana"
    if "\u30a0" <= character <= "\u30ff" or "\uff66" <= character <= "\uff9f":
        return "katakana"
    if "\u4e00" <= character <= "\u9fff" or "\u3400" <= character <= "\u4dbf":
        return "kanji"
    return "word"


def is_word_boundary(text: str, position: int) -> bool:
    if position <= 0 or position >= len(text):
        return True
    before, after = _kind(text[position - 1]), _kind(text[position])
    return before == "gap" or after == "gap" or before != after


def _boundary(text: str, position: int, *, forward: bool) -> int:
    """The nearest place between words from ``position`` (forward for a start, backward
    for an end), within ``BOUNDARY_REACH`` characters; ``position`` when there is none."""
    step = 1 if forward else -1
    for moved in range(BOUNDARY_REACH + 1):
        candidate = position + step * moved
        if is_word_boundary(text, candidate):
            # Not beginning or ending on a space.
            while forward and candidate < len(text) and text[candidate].isspace():
                candidate += 1
            while not forward and candidate > 0 and text[candidate - 1].isspace():
                candidate -= 1
            return candidate
    return position
