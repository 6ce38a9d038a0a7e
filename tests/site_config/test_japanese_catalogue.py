"""The Japanese interface strings read as Japanese: full-width punctuation, no stray
spaces, and one word per concept (the glossary's)."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ja" / "LC_MESSAGES" / "django.po"
# Markup, placeholders, addresses and field names are not Japanese text.
NOT_TEXT = re.compile(r"<[^>]+>|%\([a-z_]+\)[sd]|https?://\S+|\b[a-z]+_[a-z_]+\b")
HALF_WIDTH_PUNCTUATION = re.compile(r"[()]|[:;!?]\s")
JAPANESE_CHARACTER = r"[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60]"
SPACE_BESIDE_JAPANESE = re.compile(f"{JAPANESE_CHARACTER} | {JAPANESE_CHARACTER}")
# A word the glossary replaces -> the one to use.
NOT_OUR_WORDS = {
    "ライセンサー": "ライセンス提供元",
    "FAQ": "よくある質問",
    "今日": "本日",
    "置き換える版": "置き換えられた版",
}


def translations() -> list[tuple[str, str]]:
    entries = polib.pofile(str(CATALOGUE))
    return [
        (entry.msgid, text)
        for entry in entries
        if not entry.obsolete
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if text
    ]


@pytest.mark.parametrize(("msgid", "msgstr"), translations())
def test_japanese_strings_use_full_width_punctuation_without_stray_spaces(msgid, msgstr):
    text = NOT_TEXT.sub("", msgstr)

    assert not HALF_WIDTH_PUNCTUATION.search(text), f"half-width punctuation in {msgstr!r}"
    # Latin names keep their spaces ("Stability AI"); Japanese text has none.
    assert not SPACE_BESIDE_JAPANESE.search(text.replace("Stability AI ", "")), f"stray space in {msgstr!r}"
    for word, ours in NOT_OUR_WORDS.items():
        assert word not in text, f"{word!r} in {msgstr!r}: the glossary says {ours!r}"
