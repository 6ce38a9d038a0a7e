"""How text is normalised for search, the same way when indexed and when searched.

NFKC folds half-width katakana into full-width (ｶﾞｲﾄﾞ -> ガイド) and full-width
Latin letters and digits into ASCII; case folding makes "SD3" and "sd3" one. Control and format
characters are dropped, and so are the commas that group digits ("6,000" and "6000", "4,200万"
and "4200万" are one). Pure functions, no Django.

Text is normalised cluster by cluster (a character and the combining marks after it),
so every normalised character knows which span of the original it came from: that is
how matches found in normalised text are highlighted in the text readers see.
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_TERMS = 8

_WHITESPACE = re.compile(r"\s+")
# A comma between two digits groups them; it is not part of the number.
_DIGIT_GROUPING = re.compile(r"(?<=\d),(?=\d)")


def _is_dropped(character: str) -> bool:
    # Cc: control characters; Cf: format characters (zero-width joiners, bidi marks);
    # Cs/Co/Cn: surrogates, private use and unassigned code points.
    return unicodedata.category(character) in {"Cc", "Cf", "Cs", "Co", "Cn"} and character not in "\t\n\r"


def _starts_combining(character: str) -> bool:
    """Whether this character joins the one before it once normalised (e.g. ﾞ -> U+3099)."""
    folded = unicodedata.normalize("NFKC", character)
    return bool(folded) and unicodedata.combining(folded[0]) > 0


def _clusters(text: str):
    """(start, end) spans of ``text``: a character and any combining marks that follow.
    A dropped character is in the cluster before it, not a cluster of its own: once it is
    gone, a mark after it joins the character before it, as when the whole text is
    normalised at once (か, a zero-width space, ﾞ make が)."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not (_starts_combining(text[index]) or _is_dropped(text[index])):
            yield start, index
            start = index


@dataclass(frozen=True)
class NormalisedText:
    """``text`` normalised, and for each of its characters the original span it came from."""

    text: str
    spans: tuple[tuple[int, int], ...]


def normalise_with_spans(text: str) -> NormalisedText:
    characters: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end in _clusters(text):
        cluster = "".join(c for c in text[start:end] if not _is_dropped(c))
        for character in unicodedata.normalize("NFKC", cluster).casefold():
            characters.append(character)
            spans.append((start, end))
    grouping = {match.start() for match in _DIGIT_GROUPING.finditer("".join(characters))}
    kept = [index for index in range(len(characters)) if index not in grouping]
    return NormalisedText("".join(characters[index] for index in kept), tuple(spans[index] for index in kept))


# Whitespace that str.isprintable() rejects but normalising keeps (or NFKC turns into a
# plain space, e.g. the ideographic space).
_KEPT_UNPRINTABLE = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\u3000": " "})


def normalise(text: str) -> str:
    """The form stored in the index and searched for.

    The same characters as ``normalise_with_spans(text).text`` for text as people write
    it (tested), without working out spans: indexing a thousand announcements
    character by character took over ten seconds."""
    if not text.translate(_KEPT_UNPRINTABLE).isprintable():
        text = "".join(character for character in text if not _is_dropped(character))
    return _DIGIT_GROUPING.sub("", unicodedata.normalize("NFKC", text).casefold())


def query_terms(query: str) -> list[str]:
    """The terms of a reader's query: normalised, split on spaces (ideographic spaces
    included, NFKC turns them into plain ones), duplicates dropped, at most
    ``MAX_QUERY_TERMS``. Every term must occur in a result."""
    terms: list[str] = []
    for term in _WHITESPACE.split(normalise(query[:MAX_QUERY_CHARACTERS])):
        if term and term not in terms:
            terms.append(term)
    return terms[:MAX_QUERY_TERMS]


def term_matches(text: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of each term in ``text``: (start, end, term) in original
    positions, in order, overlapping ones included."""
    normalised = normalise_with_spans(text)
    found: list[tuple[int, int, str]] = []
    for term in terms:
        position = normalised.text.find(term)
        while position != -1:
            last = position + len(term) - 1
            found.append((normalised.spans[position][0], normalised.spans[last][1], term))
            position = normalised.text.find(term, position + len(term))
    return sorted(found)


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur in ``text`` (original positions), merged and in order."""
    return merged_spans(term_matches(text, terms))


def merged_spans(matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end, _term in matches:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
