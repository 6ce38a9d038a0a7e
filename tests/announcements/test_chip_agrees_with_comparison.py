"""A citation chip and the comparison page it links to agree on whether the clause changed.

The notice cites version 2 of the SD3 license. Version 3 edits the "revocation" clause
in Japanese only and the "derivative-works" clause in both languages: an English reader
is told the revocation clause changed only in Japanese, a Japanese reader that it changed.
"""

import datetime
from dataclasses import dataclass

import pytest

from announcements.rules.citations import (
    CHANGED,
    CHANGED_IN_OTHER_LANGUAGE,
    CURRENT,
    REMOVED,
    SUPERSEDED,
    UNCHANGED,
    check_citation,
)
from licenses.models import LicenseClause, LicenseVersion
from tests.html import soup

pytestmark = pytest.mark.django_db

JAPANESE_ONLY = "revocation"
BOTH_LANGUAGES = "derivative-works"
COMPARISON_LABELS = {"en": ("Changed", "Unchanged"), "ja": ("変更", "変更なし")}


def publish_version_3(v2: LicenseVersion, edits: dict[str, dict[str, str]]) -> LicenseVersion:
    """Version 3 of the SD3 license: version 2's clauses with ``edits`` ({key: {field: text}})."""
    v3 = LicenseVersion.objects.create(
        license=v2.license,
        slug="v3",
        label_en="Version 3",
        label_ja="第3版",
        effective_date=datetime.date(2025, 1, 1),
        supersedes=v2,
    )
    for clause in v2.clauses.all():
        fields = {name: getattr(clause, name) for name in ("heading_en", "heading_ja", "text_en", "text_ja")}
        fields.update(edits.get(clause.key, {}))
        LicenseClause.objects.create(version=v3, key=clause.key, sort_order=clause.sort_order, **fields)
    return v3


@pytest.fixture
def version_3(license_versions):
    v2 = license_versions["v2"]
    clauses = {clause.key: clause for clause in v2.clauses.all()}
    revocation, derivative = clauses[JAPANESE_ONLY], clauses[BOTH_LANGUAGES]
    return publish_version_3(
        v2,
        {
            JAPANESE_ONLY: {"text_ja": revocation.text_ja + "（訳を改めました。）"},
            BOTH_LANGUAGES: {
                "text_en": derivative.text_en + " Merges are derivative works.",
                "text_ja": derivative.text_ja + "マージは派生作品です。",
            },
        },
    )


def chips(client, language: str, notice) -> dict:
    """The notice's citation chips that carry a status, by cited clause key."""
    page = soup(client.get(f"/{language}/{notice.slug_en}/"))
    found = {}
    for chip in page.select(".citation"):
        status = chip.select_one(".citation-status")
        if status is not None:
            found[chip.select_one(".citation-link")["href"].rsplit("#", 1)[1]] = status
    return found


def comparison_of(client, status) -> tuple[str, str, object]:
    """The clause's section on the comparison page the chip links to: (status label, text, section)."""
    path, key = status.a["href"].split("#")
    section = soup(client.get(path)).find(id=key)
    return section.select_one(".status").get_text(strip=True), section.get_text(" ", strip=True), section


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_chip_says_changed_exactly_when_its_comparison_does(client, notice, version_3, language):
    changed_label, _unchanged = COMPARISON_LABELS[language]
    statuses = chips(client, language, notice)

    assert {JAPANESE_ONLY, BOTH_LANGUAGES} <= set(statuses)
    for key, status in statuses.items():
        label, _text, _section = comparison_of(client, status)
        chip_says_changed = "citation-status--changed" in status["class"]
        assert chip_says_changed == (label == changed_label), key


def test_on_english_pages_a_japanese_only_edit_is_not_an_english_change(client, notice, version_3):
    status = chips(client, "en", notice)[JAPANESE_ONLY]

    assert status["class"] == ["citation-status", "citation-status--changed-in-other-language"]
    text = status.get_text(" ", strip=True)
    assert text.startswith(
        "A newer version exists (Version 3); only the Japanese wording of this clause changed in it."
    )
    assert "has changed" not in text
    label, section_text, section = comparison_of(client, status)
    assert label == "Unchanged"
    assert "Only the Japanese wording of this clause changed." in section_text
    assert section.select("ins, del") == []


def test_on_english_pages_an_english_edit_is_still_a_change(client, notice, version_3):
    status = chips(client, "en", notice)[BOTH_LANGUAGES]

    assert status.get_text(" ", strip=True).startswith(
        "A newer version exists (Version 3), and this clause has changed in it."
    )
    label, section_text, section = comparison_of(client, status)
    assert label == "Changed"
    assert "Merges are derivative works." in section.select_one("ins").get_text()
    assert "wording of this clause changed" not in section_text


def test_on_japanese_pages_a_japanese_edit_is_a_change(client, notice, version_3):
    status = chips(client, "ja", notice)[JAPANESE_ONLY]

    assert status["class"] == ["citation-status", "citation-status--changed"]
    assert status.get_text(" ", strip=True).startswith("新しい版（第3版）があり、この条項は変更されています。")
    label, _text, section = comparison_of(client, status)
    assert label == "変更"
    assert "訳を改めました" in section.select_one("ins").get_text()


def test_the_japanese_chip_names_english_when_only_english_changed(client, notice, license_versions):
    v2 = license_versions["v2"]
    revocation = v2.clauses.get(key=JAPANESE_ONLY)
    publish_version_3(v2, {JAPANESE_ONLY: {"text_en": revocation.text_en + " (Reworded.)"}})

    status = chips(client, "ja", notice)[JAPANESE_ONLY]

    assert status.get_text(" ", strip=True).startswith(
        "新しい版（第3版）があり、この条項は英語の文面のみ変更されています。"
    )
    label, section_text, _section = comparison_of(client, status)
    assert label == "変更なし"
    assert "この条項は英語の文面のみ変更されています。" in section_text


# The chip's rule on its own (no database): which status each kind of newer version gives.
@dataclass
class Clause:
    key: str = "revocation"
    heading_en: str = "Revocation"
    text_en: str = "Revocable."
    heading_ja: str = "撤回"
    text_ja: str = "撤回できます。"


SAME = {"revocation": Clause()}
JAPANESE_EDITED = {"revocation": Clause(text_ja="違反時のみ。")}
BOTH_EDITED = {"revocation": Clause(text_en="For breach.", text_ja="違反時のみ。")}


@pytest.mark.parametrize(
    ("cited_version", "cited", "newest", "language", "expected", "changed"),
    [
        (3, Clause(), SAME, "en", CURRENT, ()),
        (2, None, SAME, "en", SUPERSEDED, ()),
        (2, Clause(), {}, "en", REMOVED, ()),
        (2, Clause(), SAME, "en", UNCHANGED, ()),
        (2, Clause(), JAPANESE_EDITED, "en", CHANGED_IN_OTHER_LANGUAGE, ("ja",)),
        (2, Clause(), JAPANESE_EDITED, "ja", CHANGED, ("ja",)),
        (2, Clause(), BOTH_EDITED, "en", CHANGED, ("en", "ja")),
    ],
)
def test_the_chip_status_for_a_reader_of_each_language(cited_version, cited, newest, language, expected, changed):
    check = check_citation(
        cited_version_id=cited_version,
        newest_version_id=3,
        cited_clause=cited,
        newest_clauses=newest,
        language=language,
    )

    assert (check.status, check.changed_languages) == (expected, changed)
