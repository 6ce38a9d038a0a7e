"""Text is normalised the same way when indexed and when searched (NFKC, case), and
matches found in normalised text are marked in the text readers see."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from announcements.search.highlight import excerpt, highlighted, is_word_boundary
from announcements.search.text import MAX_QUERY_TERMS, match_spans, normalise, normalise_with_spans, query_terms


def test_half_width_katakana_full_width_latin_and_case_fold_together():
    assert normalise("ｶﾞｲﾄﾞ") == normalise("ガイド") == "ガイド"
    assert normalise("Ｗａｇｔａｉｌ") == normalise("WAGTAIL") == "wagtail"
    assert normalise("ＳＤ３") == "sd3"


def test_digit_grouping_does_not_count():
    assert normalise("6,000") == normalise("6000") == normalise("６，０００") == "6000"
    assert normalise("4,200万") == normalise("4200万")
    assert normalise("1, 2 and a,b") == "1, 2 and a,b"  # a comma that groups no digits stays
    [(start, end)] = match_spans("cap of 6,000 images", query_terms("6000"))
    assert "cap of 6,000 images"[start:end] == "6,000"


def test_control_and_invisible_characters_are_dropped():
    assert normalise("S\x00D\u200b3\x1b") == "sd3"


def test_a_query_is_split_on_any_space_and_capped():
    assert query_terms(" 派生\u3000作品  SD3 sd3 ") == ["派生", "作品", "sd3"]
    assert len(query_terms(" ".join(f"w{n}" for n in range(50)))) == MAX_QUERY_TERMS
    assert query_terms("\x00\x01 \t") == []


def test_matches_map_back_to_the_original_characters():
    text = "案内：ｶﾞｲﾄﾞを読む"
    [(start, end)] = match_spans(text, query_terms("ガイド"))
    assert text[start:end] == "ｶﾞｲﾄﾞ"


def test_a_mark_after_a_dropped_character_is_found_with_the_kana_before_it():
    text = "案内：か\u200bﾞいど"
    [(start, end)] = match_spans(text, query_terms("がいど"))
    assert text[start:end] == "か\u200bﾞいど"


def test_highlighting_escapes_the_text_and_marks_every_match():
    assert (
        highlighted("<b>SD3</b> and ｓｄ３", ["sd3"]) == "&lt;b&gt;<mark>SD3</mark>&lt;/b&gt; and <mark>ｓｄ３</mark>"
    )


def test_an_excerpt_is_cut_around_the_first_match():
    text = "x" * 400 + " Wagtail " + "y" * 400
    shown = excerpt(text, ["wagtail"])
    assert "<mark>Wagtail</mark>" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) < 260


# Characters editors and readers write: ASCII, full-width forms, kana (half-width with
# its voiced marks too), kanji, Japanese punctuation and spaces, accented Latin.
WRITTEN_CHARACTERS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("\n\t\u3000\u200b、。「」（）・〜ー"),
    st.characters(min_codepoint=0x3041, max_codepoint=0x30FF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF9F),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
    st.sampled_from("éüñçÅ\u0301\u0308"),
)


@settings(max_examples=300, deadline=None)
@given(st.text(WRITTEN_CHARACTERS, max_size=60))
# A dropped character between a kana and a voiced mark: the mark still joins the kana.
@example("か\u200bﾞ")
@example("か\u3097ﾞ")
@example("1,000")
@example("1，000,0")
def test_the_index_form_is_what_highlighting_finds(text):
    """The index is normalised in one pass; highlighting normalises character by character
    to keep positions. Both must agree, or a match would be found but not marked."""
    assert normalise(text) == normalise_with_spans(text).text


def excerpt_bounds(text: str, shown: str) -> tuple[int, int]:
    """Where the excerpt ``shown`` (marks and ellipses removed) lies in ``text``."""
    inner = shown.replace("<mark>", "").replace("</mark>", "").strip("…")
    start = text.index(inner)
    return start, start + len(inner)


def test_an_excerpt_holds_the_most_terms_and_is_cut_between_words():
    text = (
        "The license mentions a million things early on. "
        + "Filler words go here. " * 12
        + "The minimum is 42 million images, which is why we declined. "
        + "More filler follows. " * 12
    )
    shown = excerpt(text, ["42", "million"])
    start, end = excerpt_bounds(text, shown)

    assert "<mark>42</mark> <mark>million</mark>" in shown  # the window with both terms, not the first "million"
    assert text[start - 1] == " " and text[start] != " "  # begins at a word
    assert text[end] in " ." and text[end - 1] != " "  # ends at a word


def test_a_japanese_excerpt_is_cut_where_the_kind_of_character_changes():
    text = (
        "当サイトでは、SD3モデルを再び共有できるようになりました。" * 6
        + "最低でも4,200万枚の画像が必要になるため、見送りました。"
        + "今後も状況を見守ります。" * 10
    )
    shown = excerpt(text, ["4200万"])
    start, end = excerpt_bounds(text, shown)

    assert "<mark>4,200万</mark>" in shown
    for position in (start, end):  # between kinds of character (kana, kanji, Latin) or at punctuation
        assert is_word_boundary(text, position), text[position - 2 : position + 2]
