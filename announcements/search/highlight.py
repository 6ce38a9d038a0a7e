"""Matched words marked in the text readers see, and a short excerpt around the first match."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import match_spans

EXCERPT_CHARACTERS = 180


def highlighted(text: str, terms: list[str]) -> SafeString:
    """``text`` escaped, with every occurrence of a term wrapped in ``<mark>``."""
    parts, position = [], 0
    for start, end in match_spans(text, terms):
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece of text above is escaped


def excerpt(text: str, terms: list[str], length: int = EXCERPT_CHARACTERS) -> SafeString:
    """About ``length`` characters of ``text`` around its first match (or its start), highlighted."""
    spans = match_spans(text, terms)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - length // 3, len(text) - length))
    end = min(len(text), start + length)
    window = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{escape(prefix)}{highlighted(window, terms)}{escape(suffix)}")
