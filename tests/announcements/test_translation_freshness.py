"""Translation status of texts, per language: missing, out of date, up to date (pure)."""

from site_config.translation_status.freshness import (
    Freshness,
    confirm,
    fingerprint,
    freshness,
    needing_work,
    record_edit,
)

LANGUAGES = ("en", "ja")


def written(**texts):
    """Records for texts written from scratch in one save."""
    return record_edit({}, texts, {})


def test_a_blank_translation_is_missing():
    texts = {"summary": {"en": "Hello.", "ja": "  "}}

    sources = written(**texts)

    assert freshness(texts, sources, key="summary", language="ja") == Freshness.MISSING
    assert freshness(texts, sources, key="summary", language="en") == Freshness.UP_TO_DATE


def test_texts_written_together_are_up_to_date():
    texts = {"summary": {"en": "Hello.", "ja": "こんにちは。"}, "title": {"en": "A", "ja": "エー"}}

    assert needing_work(texts, written(**texts), LANGUAGES) == {}


def test_editing_one_language_makes_the_other_out_of_date():
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    sources = written(**before)
    after = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}}

    sources = record_edit(before, after, sources)

    assert freshness(after, sources, key="summary", language="ja") == Freshness.OUT_OF_DATE
    assert freshness(after, sources, key="summary", language="en") == Freshness.UP_TO_DATE
    assert needing_work(after, sources, LANGUAGES) == {"summary": {"ja": Freshness.OUT_OF_DATE}}


def test_editing_the_stale_translation_brings_it_up_to_date():
    v1 = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    v2 = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}}
    v3 = {"summary": {"en": "Hello again.", "ja": "また、こんにちは。"}}
    sources = record_edit(v2, v3, record_edit(v1, v2, written(**v1)))

    assert needing_work(v3, sources, LANGUAGES) == {}


def test_confirming_a_translation_marks_it_up_to_date_without_changing_it():
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    after = {"summary": {"en": "Hello!", "ja": "こんにちは。"}}
    sources = record_edit(before, after, written(**before))

    sources = confirm(after, sources, language="ja")

    assert freshness(after, sources, key="summary", language="ja") == Freshness.UP_TO_DATE


def test_an_unrelated_save_keeps_a_stale_translation_stale():
    v1 = {"summary": {"en": "Hello.", "ja": "こんにちは。"}, "title": {"en": "A", "ja": "エー"}}
    v2 = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}, "title": {"en": "A", "ja": "エー"}}
    v3 = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}, "title": {"en": "B", "ja": "ビー"}}
    sources = record_edit(v2, v3, record_edit(v1, v2, written(**v1)))

    assert needing_work(v3, sources, LANGUAGES) == {"summary": {"ja": Freshness.OUT_OF_DATE}}


def test_content_without_records_counts_from_its_first_edit():
    """Texts from before any record (a migrated database): the first edit of one
    language leaves the other out of date, not silently up to date."""
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    after = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}}

    assert needing_work(before, {}, LANGUAGES) == {}
    sources = record_edit(before, after, {})
    assert needing_work(after, sources, LANGUAGES) == {"summary": {"ja": Freshness.OUT_OF_DATE}}


def test_white_space_and_unicode_forms_are_not_changes():
    assert fingerprint("Hello,  world.\n") == fingerprint("Hello, world.")
    assert fingerprint("ガイド") == fingerprint("ガイド")  # decomposed dakuten, same text
    assert fingerprint("Hello") != fingerprint("hello")


def test_a_deleted_text_drops_its_record():
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}, "old": {"en": "x", "ja": "エックス"}}
    after = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}

    assert set(record_edit(before, after, written(**before))) == {"summary"}


def test_writing_a_missing_translation_leaves_its_source_up_to_date():
    before = {"summary": {"en": "Hello.", "ja": ""}}
    after = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}

    sources = record_edit(before, after, written(**before))

    assert needing_work(after, sources, LANGUAGES) == {}


def test_a_new_change_after_catching_up_makes_the_other_stale_again():
    v1 = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    v2 = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}}
    v3 = {"summary": {"en": "Hello again.", "ja": "また、こんにちは。"}}
    v4 = {"summary": {"en": "Hello again.", "ja": "また、こんにちは！"}}
    sources = record_edit(v3, v4, record_edit(v2, v3, record_edit(v1, v2, written(**v1))))

    assert needing_work(v4, sources, LANGUAGES) == {"summary": {"en": Freshness.OUT_OF_DATE}}


def test_clearing_one_language_makes_it_missing_not_the_other_stale():
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    after = {"summary": {"en": "Hello.", "ja": ""}}

    sources = record_edit(before, after, written(**before))

    assert needing_work(after, sources, LANGUAGES) == {"summary": {"ja": Freshness.MISSING}}


def test_a_text_blank_in_every_language_needs_no_translation():
    texts = {"previously": {"en": "", "ja": " "}}

    assert needing_work(texts, {}, ["en", "ja"]) == {}


def test_a_text_written_in_one_language_only_is_missing_in_the_other():
    texts = {"previously": {"en": "The old terms.", "ja": ""}}

    assert needing_work(texts, {}, ["en", "ja"]) == {"previously": {"ja": Freshness.MISSING}}


def test_texts_brought_back_with_their_records_keep_their_status_whatever_was_saved_since():
    """Reverting to a revision whose Japanese was out of date: both languages differ from
    the last save, yet neither was written anew; the revision's own records say so."""
    original = {"summary": {"en": "Three volunteers.", "ja": "ボランティア3名。"}}
    sources = written(**original)
    edited = {"summary": {"en": "Four volunteers.", "ja": "ボランティア3名。"}}
    stale_sources = record_edit(original, edited, sources)
    both_rewritten = {"summary": {"en": "Five volunteers.", "ja": "ボランティア5名。"}}
    record_edit(edited, both_rewritten, stale_sources)

    reverted_sources = record_edit(both_rewritten, edited, stale_sources)

    assert freshness(edited, reverted_sources, key="summary", language="ja") == Freshness.OUT_OF_DATE
    assert freshness(edited, reverted_sources, key="summary", language="en") == Freshness.UP_TO_DATE


def test_a_language_written_again_after_being_cleared_is_recorded_anew():
    before = {"summary": {"en": "Hello.", "ja": "こんにちは。"}}
    sources = written(**before)
    cleared = {"summary": {"en": "Hello again.", "ja": ""}}
    sources = record_edit(before, cleared, sources)
    rewritten = {"summary": {"en": "Hello again.", "ja": "こんにちは。"}}

    sources = record_edit(cleared, rewritten, sources)

    assert needing_work(rewritten, sources, LANGUAGES) == {}
