"""Clause-by-clause comparison of two versions of a license (pure logic, no queries).

Clauses are matched by their stable ``key``. Each pair is ``added``, ``removed``,
``changed`` or ``unchanged`` *for a reader of one language*: whether a clause changed
is decided by ``licenses.clause_changes`` (the definition the citation chips use too),
and a changed clause carries a word-level diff of its heading and text in that
language. Japanese has no spaces between words, so CJK characters are compared one
by one while Latin words, numbers and punctuation stay whole.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

from .clause_changes import changed_languages, language_names, wording


class ClauseLike(Protocol):
    """A clause with its wording in every language (``heading_en``, ``text_ja``...) and,
    through modeltranslation, in the active one (``heading``, ``text``)."""

    key: str
    heading: str
    text: str


ADDED, REMOVED, CHANGED, UNCHANGED = "added", "removed", "changed", "unchanged"

# One token per CJK character (kana, kanji, full-width forms); Latin words and
# numbers as whole runs; every other character (space, punctuation) on its own.
_CJK = r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Split text into diff tokens; joining the tokens gives the text back."""
    return _TOKEN.findall(text)


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same in both versions (``equal``), only in the old
    one (``delete``) or only in the new one (``insert``)."""

    op: str
    text: str


# An unchanged run this short between two changes reads better as part of the change:
# "Anything counted" -> "Models are" rather than alternating single words.
SHORT_EQUAL_TOKENS = 2


# Comparing word by word looks at every pair of tokens of the two passages, so it is kept
# to passages this small: past it, sentences are matched first and only changed sentences
# compared word by word, so one comparison's work is bounded however long the clauses are.
MAX_COMPARED_PAIRS = 250_000
_SENTENCE_END = frozenset(".!?。！？")


def word_diff(old: str, new: str) -> list[Segment]:
    """The differences between two texts, as segments in reading order.

    Each changed passage is one deletion followed by one insertion, so a reader sees
    the old wording and then the new, not a word-by-word interleaving.
    """
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    head = _common_prefix(old_tokens, new_tokens)
    tail = _common_prefix(old_tokens[head:][::-1], new_tokens[head:][::-1])
    raw: list[tuple[str, list[str], list[str]]] = []
    if head:
        raw.append(("equal", old_tokens[:head], new_tokens[:head]))
    raw += _diff(old_tokens[head : len(old_tokens) - tail], new_tokens[head : len(new_tokens) - tail])
    if tail:
        raw.append(("equal", old_tokens[len(old_tokens) - tail :], new_tokens[len(new_tokens) - tail :]))
    return _merge_changes(raw)


def _common_prefix(a: list[str], b: list[str]) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):  # as far as the shorter goes
        if x != y:
            break
        length += 1
    return length


def _diff(old: list[str], new: list[str]) -> list[tuple[str, list[str], list[str]]]:
    if not old and not new:
        return []
    if not old or not new:
        return [("replace", old, new)]
    if len(old) * len(new) <= MAX_COMPARED_PAIRS:
        return _opcodes(old, new)
    old_sentences, new_sentences = _sentences(old), _sentences(new)
    if len(old_sentences) * len(new_sentences) > MAX_COMPARED_PAIRS:
        return [("replace", old, new)]  # too long to match even sentence by sentence
    matcher = SequenceMatcher(
        a=["".join(s) for s in old_sentences], b=["".join(s) for s in new_sentences], autojunk=False
    )
    raw = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part = [token for sentence in old_sentences[i1:i2] for token in sentence]
        new_part = [token for sentence in new_sentences[j1:j2] for token in sentence]
        if op == "replace" and len(old_part) * len(new_part) <= MAX_COMPARED_PAIRS:
            raw += _opcodes(old_part, new_part)
        else:
            raw.append((op, old_part, new_part))
    return raw


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, list[str], list[str]]]:
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    return [(op, old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()]


def _sentences(tokens: list[str]) -> list[list[str]]:
    """Tokens grouped into sentences: each ends after its closing punctuation or a line break."""
    sentences, current = [], []
    for token in tokens:
        current.append(token)
        if token in _SENTENCE_END or "\n" in token:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _is_short(tokens: list[str]) -> bool:
    return sum(1 for token in tokens if not token.isspace()) <= SHORT_EQUAL_TOKENS


def _merge_changes(raw: list[tuple[str, list[str], list[str]]]) -> list[Segment]:
    segments: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        _append(segments, "delete", "".join(deleted))
        _append(segments, "insert", "".join(inserted))
        deleted.clear()
        inserted.clear()

    for index, (op, old_part, new_part) in enumerate(raw):
        between_changes = 0 < index < len(raw) - 1 and (deleted or inserted)
        if op == "equal" and not (between_changes and _is_short(old_part)):
            flush()
            _append(segments, "equal", "".join(old_part))
            continue
        deleted.extend(old_part)
        inserted.extend(new_part)
    flush()
    return segments


def _append(segments: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


@dataclass(frozen=True)
class ClauseComparison:
    """One clause key across the two versions. ``old``/``new`` is None where it is absent.

    ``changed_elsewhere`` lists the other languages in which the clause changed, so a
    page that says "Unchanged" can add that, say, only its Japanese wording changed:
    the citation chip that links here says the same.
    """

    key: str
    status: str
    old: ClauseLike | None
    new: ClauseLike | None
    heading_diff: Sequence[Segment] = ()
    text_diff: Sequence[Segment] = ()
    changed_elsewhere: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        return (self.new or self.old).heading

    @property
    def changed_elsewhere_names(self) -> str:
        return language_names(self.changed_elsewhere)


def compare_clauses(
    old_clauses: Iterable[ClauseLike], new_clauses: Iterable[ClauseLike], *, language: str
) -> list[ClauseComparison]:
    """Every clause key of either version, in the newer version's order; removed
    clauses follow the clause that preceded them in the older version.

    ``language`` is the reader's: statuses and diffs are about its wording only."""
    old_by_key = {clause.key: clause for clause in old_clauses}
    new_list = list(new_clauses)
    new_by_key = {clause.key: clause for clause in new_list}

    order = [clause.key for clause in new_list]
    for position, key in enumerate(old_by_key):
        if key in new_by_key:
            continue
        previous = list(old_by_key)[:position]
        anchor = next((k for k in reversed(previous) if k in order), None)
        order.insert(order.index(anchor) + 1 if anchor else 0, key)

    comparisons = []
    for key in order:
        old, new = old_by_key.get(key), new_by_key.get(key)
        if old is None or new is None:
            comparisons.append(ClauseComparison(key, ADDED if old is None else REMOVED, old, new))
        else:
            comparisons.append(_compare_pair(key, old, new, language))
    return comparisons


def _compare_pair(key: str, old: ClauseLike, new: ClauseLike, language: str) -> ClauseComparison:
    """A clause in both versions: changed for this reader only if their language's wording changed."""
    changed = changed_languages(old, new)
    elsewhere = tuple(code for code in changed if code != language)
    if language not in changed:
        return ClauseComparison(key, UNCHANGED, old, new, changed_elsewhere=elsewhere)
    (old_heading, old_text), (new_heading, new_text) = wording(old, language), wording(new, language)
    return ClauseComparison(
        key,
        CHANGED,
        old,
        new,
        heading_diff=word_diff(old_heading, new_heading),
        text_diff=word_diff(old_text, new_text),
        changed_elsewhere=elsewhere,
    )


def summarize(comparisons: Iterable[ClauseComparison]) -> dict[str, int]:
    """How many clauses were added, removed, changed and left unchanged."""
    counts = dict.fromkeys((ADDED, REMOVED, CHANGED, UNCHANGED), 0)
    for comparison in comparisons:
        counts[comparison.status] += 1
    return counts
