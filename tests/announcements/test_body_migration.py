"""The data migration that made one body of the two per-language bodies (pure part)."""

import importlib

migration = importlib.import_module("announcements.migrations.0004_one_body_for_every_language")

CITATION = {"version": 7, "clause": 21}


def concern(title, detail, *, citation=CITATION, block_id="c1"):
    value = {"title": title, "kind": "license_clause", "citation": citation, "detail": detail}
    return {"type": "remaining_concern", "value": value, "id": block_id}


def test_blocks_in_the_same_order_become_one_block_with_both_texts():
    english = [
        {"type": "heading", "value": {"text": "Not perfect", "anchor": "not-perfect"}, "id": "h1"},
        {"type": "paragraph", "value": "<p>Two clauses.</p>", "id": "p1"},
        concern("Revocable", "<p>It can be revoked.</p>"),
    ]
    japanese = [
        {"type": "heading", "value": {"text": "完璧ではない点", "anchor": "not-perfect"}, "id": "h9"},
        {"type": "paragraph", "value": "<p>2つの条項。</p>", "id": "p9"},
        concern("取り消し可能", "<p>取り消せます。</p>", citation={"version": 7, "clause": 99}),
    ]

    heading, paragraph, merged = migration.merged_body(english, japanese)

    assert heading == {
        "type": "heading",
        "value": {"anchor": "not-perfect", "text_en": "Not perfect", "text_ja": "完璧ではない点"},
        "id": "h1",
    }
    assert paragraph["value"] == {"text_en": "<p>Two clauses.</p>", "text_ja": "<p>2つの条項。</p>"}
    assert merged["value"]["title_ja"] == "取り消し可能"
    assert merged["value"]["detail_en"] == "<p>It can be revoked.</p>"
    # The structure (kind and citation) is stated once, from the English body.
    assert merged["value"]["citation"] == CITATION
    assert "title" not in merged["value"]


def test_a_block_in_one_language_only_keeps_its_text_and_leaves_the_other_blank():
    english = [{"type": "paragraph", "value": "<p>Intro.</p>"}, concern("Revocable", "<p>Yes.</p>")]
    japanese = [{"type": "paragraph", "value": "<p>はじめに。</p>"}]

    paragraph, english_only = migration.merged_body(english, japanese)

    assert paragraph["value"] == {"text_en": "<p>Intro.</p>", "text_ja": "<p>はじめに。</p>"}
    assert english_only["value"]["title_en"] == "Revocable"
    assert english_only["value"]["title_ja"] == ""
    assert english_only["value"]["detail_ja"] == ""


def test_empty_bodies_stay_empty():
    assert migration.merged_body([], None) == []
