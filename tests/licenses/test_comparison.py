"""The clause diff between two license versions (pure logic, no database)."""

from dataclasses import dataclass

import pytest

from licenses.comparison import (
    ADDED,
    CHANGED,
    MAX_COMPARED_PAIRS,
    REMOVED,
    UNCHANGED,
    compare_clauses,
    summarize,
    tokenize,
    word_diff,
)


@dataclass
class Clause:
    """A clause as the comparison reads it: its wording in every language and, as
    modeltranslation gives it, in the active one (English here)."""

    key: str
    heading_en: str
    text_en: str
    heading_ja: str = "見出し"
    text_ja: str = "本文。"

    @property
    def heading(self) -> str:
        return self.heading_en

    @property
    def text(self) -> str:
        return self.text_en


def old_and_new(segments) -> tuple[str, str]:
    old = "".join(s.text for s in segments if s.op in ("equal", "delete"))
    new = "".join(s.text for s in segments if s.op in ("equal", "insert"))
    return old, new


def test_tokens_rebuild_the_text_with_japanese_split_per_character():
    text = "SD3の出力で学習したLoRAは「派生作品」ではありません。Models, 6,000 images."

    tokens = tokenize(text)

    assert "".join(tokens) == text
    assert {"の", "出", "力", "「", "派"} <= set(tokens)
    assert {"SD3", "LoRA", "Models", "images"} <= set(tokens)


def test_an_english_diff_marks_whole_words_and_keeps_both_texts():
    old, new = "The license can be revoked at any time.", "The license can be revoked only for breach."

    segments = word_diff(old, new)

    assert old_and_new(segments) == (old, new)
    assert segments[0].op == "equal" and segments[0].text == "The license can be revoked "
    deleted = "".join(s.text for s in segments if s.op == "delete")
    inserted = "".join(s.text for s in segments if s.op == "insert")
    assert "at any time" in deleted and "only for breach" in inserted


def test_a_japanese_diff_marks_only_the_changed_characters():
    old = "月間6,000枚の上限がありました。"
    new = "月間の上限はありません。"

    segments = word_diff(old, new)

    assert old_and_new(segments) == (old, new)
    assert segments[0] == segments[0].__class__("equal", "月間")
    assert "6,000枚" in "".join(s.text for s in segments if s.op == "delete")
    # Unchanged characters in the middle stay unmarked instead of the whole sentence changing.
    assert "の上限" in "".join(s.text for s in segments if s.op == "equal")


def test_short_unchanged_words_between_changes_join_the_change():
    segments = word_diff("Anything counted as a work", "Models are no longer a work")

    ops = [s.op for s in segments]
    assert ops == ["delete", "insert", "equal"]
    assert segments[-1].text == " a work"


def test_identical_texts_give_one_unchanged_segment():
    assert [(s.op, s.text) for s in word_diff("Same text.", "Same text.")] == [("equal", "Same text.")]


def test_clauses_are_matched_by_key_and_classified():
    old = [
        Clause("derivative-works", "Derivative works", "Everything is derivative."),
        Clause("usage-cap", "Usage cap", "6,000 images a month."),
        Clause("revocation", "Revocation", "Revocable."),
    ]
    new = [
        Clause("derivative-works", "Derivative works", "Outputs are not derivative."),
        Clause("revocation", "Revocation", "Revocable."),
        Clause("enterprise", "Enterprise license", "Above $1 million."),
    ]

    comparisons = compare_clauses(old, new, language="en")

    assert [(c.key, c.status) for c in comparisons] == [
        ("derivative-works", CHANGED),
        ("usage-cap", REMOVED),
        ("revocation", UNCHANGED),
        ("enterprise", ADDED),
    ]
    changed = comparisons[0]
    assert old_and_new(changed.text_diff) == ("Everything is derivative.", "Outputs are not derivative.")
    assert comparisons[1].heading == "Usage cap" and comparisons[1].new is None
    assert summarize(comparisons) == {ADDED: 1, REMOVED: 1, CHANGED: 1, UNCHANGED: 1}


def test_a_changed_heading_alone_makes_the_clause_changed():
    comparisons = compare_clauses(
        [Clause("k", "Commercial use and eligibility", "T")], [Clause("k", "Commercial use", "T")], language="en"
    )

    assert comparisons[0].status == CHANGED
    assert old_and_new(comparisons[0].heading_diff) == ("Commercial use and eligibility", "Commercial use")


def test_a_removed_first_clause_stays_first():
    comparisons = compare_clauses(
        [Clause("a", "A", "a"), Clause("b", "B", "b")], [Clause("b", "B", "b")], language="en"
    )

    assert [(c.key, c.status) for c in comparisons] == [("a", REMOVED), ("b", UNCHANGED)]


def test_a_clause_changed_only_in_japanese_is_unchanged_for_english_readers_and_says_so():
    old = [Clause("k", "Revocation", "Revocable.", text_ja="撤回できます。")]
    new = [Clause("k", "Revocation", "Revocable.", text_ja="違反時のみ撤回できます。")]

    english = compare_clauses(old, new, language="en")[0]
    japanese = compare_clauses(old, new, language="ja")[0]

    assert (english.status, english.changed_elsewhere, english.text_diff) == (UNCHANGED, ("ja",), ())
    assert (japanese.status, japanese.changed_elsewhere) == (CHANGED, ())
    # The diff shown to a Japanese reader is of the Japanese wording.
    assert old_and_new(japanese.text_diff) == ("撤回できます。", "違反時のみ撤回できます。")
    assert old_and_new(japanese.heading_diff) == ("見出し", "見出し")


def test_a_clause_changed_in_both_languages_is_changed_for_both_readers():
    old = [Clause("k", "Cap", "6,000 images.", text_ja="6,000枚。")]
    new = [Clause("k", "Cap", "No cap.", text_ja="上限なし。")]

    for language in ("en", "ja"):
        comparison = compare_clauses(old, new, language=language)[0]
        assert (comparison.status, comparison.changed_elsewhere) == (CHANGED, ("ja",) if language == "en" else ("en",))


def long_clause(sentences: int, changed: set[int] = frozenset(), language: str = "en") -> str:
    """A clause of ``sentences`` numbered sentences; those in ``changed`` reworded."""
    if language == "ja":
        return "".join(f"第{n}項は{'変更後' if n in changed else '従来'}のとおりです。" for n in range(sentences))
    return " ".join(
        f"Section {n} says the licensee {'must now' if n in changed else 'may'} share derivative works."
        for n in range(sentences)
    )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_long_clauses_are_matched_sentence_by_sentence_and_still_diffed_word_by_word(language):
    """Two long clauses: too long to compare every word with every word, so sentences are
    matched first; a reworded sentence still shows its changed words only."""
    old, new = long_clause(250, language=language), long_clause(250, {7, 180}, language=language)
    assert len(tokenize(old)) ** 2 > MAX_COMPARED_PAIRS

    segments = word_diff(old, new)

    assert old_and_new(segments) == (old, new)
    changes = [s.text.strip() for s in segments if s.op != "equal"]
    if language == "en":
        assert changes == ["may", "must now", "may", "must now"]
    else:
        assert changes == ["従来", "変更後", "従来", "変更後"]


def test_clauses_too_long_to_match_even_by_sentence_show_old_then_new():
    old, new = "a " * 40_000, "b " * 40_000  # no sentence ends: one enormous sentence each

    segments = word_diff(old, new)

    assert old_and_new(segments) == (old, new)
    assert [s.op for s in segments if s.text.strip()] == ["delete", "insert"]
