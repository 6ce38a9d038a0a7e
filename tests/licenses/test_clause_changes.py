"""The one definition of "this clause changed", per language (pure logic, no database)."""

from dataclasses import dataclass

import pytest
from django.test import override_settings
from django.utils import translation

from licenses.clause_changes import changed_languages, language_names, wording
from site_config.i18n import language_codes


@dataclass
class Clause:
    heading_en: str = "Revocation"
    text_en: str = "Revocable at any time."
    heading_ja: str = "撤回"
    text_ja: str = "いつでも撤回できます。"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ({}, ()),
        ({"text_ja": "違反時のみ撤回できます。"}, ("ja",)),
        ({"heading_ja": "ライセンスの撤回"}, ("ja",)),
        ({"text_en": "Revocable only for breach."}, ("en",)),
        ({"heading_en": "Termination", "text_ja": "違反時のみ撤回できます。"}, ("en", "ja")),
    ],
)
def test_a_clause_changed_in_exactly_the_languages_whose_heading_or_text_differs(edit, expected):
    assert changed_languages(Clause(), Clause(**edit)) == expected


def test_each_language_is_asked_on_its_own():
    old, new = Clause(), Clause(text_ja="違反時のみ撤回できます。")

    assert changed_languages(old, new, languages=["ja"]) == ("ja",)
    assert changed_languages(old, new, languages=["en"]) == ()


def test_the_languages_are_the_sites_in_its_order():
    changed_everywhere = Clause(heading_en="H", text_en="T", heading_ja="見", text_ja="本")

    assert changed_languages(Clause(), changed_everywhere) == tuple(language_codes())


@override_settings(LANGUAGES=[("en", "English")])
def test_a_language_the_site_does_not_have_is_not_asked_about():
    assert changed_languages(Clause(), Clause(text_ja="違反時のみ撤回できます。")) == ()


def test_a_missing_wording_reads_as_empty():
    assert wording(object(), "en") == ("", "")


@pytest.mark.parametrize(("language", "expected"), [("en", "Japanese"), ("ja", "日本語")])
def test_languages_are_named_in_the_readers_language(language, expected):
    with translation.override(language):
        assert language_names(["ja"]) == expected


def test_several_languages_are_listed_in_order():
    with translation.override("ja"):
        assert language_names(["en", "ja"]) == "英語、日本語"
