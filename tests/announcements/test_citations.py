"""Citation status against newer license versions: the pure rule, and the chips readers see."""

from dataclasses import dataclass

import pytest

from announcements.factories import AnnouncementPageFactory
from announcements.public.citation_checks import check_citations
from announcements.rules.citations import (
    CHANGED,
    CHANGED_IN_OTHER_LANGUAGE,
    CURRENT,
    REMOVED,
    SUPERSEDED,
    UNCHANGED,
    citation_status,
)
from licenses.factories import LicenseVersionFactory, successor_version
from tests.html import soup


@dataclass
class Clause:
    key: str
    heading_en: str
    text_en: str
    heading_ja: str = "見出し"
    text_ja: str = "本文。"


NEWEST = {
    "revocation": Clause("revocation", "Revocation", "Revocable."),
    "derivative-works": Clause("derivative-works", "Derivative works", "New text."),
}


@pytest.mark.parametrize(
    ("cited_version", "cited_clause", "expected"),
    [
        (3, Clause("revocation", "Revocation", "Revocable."), CURRENT),
        (2, Clause("revocation", "Revocation", "Revocable."), UNCHANGED),
        (2, Clause("derivative-works", "Derivative works", "Old text."), CHANGED),
        (2, Clause("usage-cap", "Usage cap", "6,000."), REMOVED),
        (2, None, SUPERSEDED),
    ],
)
def test_citation_status_against_the_newest_version(cited_version, cited_clause, expected):
    status = citation_status(
        cited_version_id=cited_version,
        newest_version_id=3,
        cited_clause=cited_clause,
        newest_clauses=NEWEST,
        language="en",
    )

    assert status == expected


@pytest.mark.parametrize(("language", "expected"), [("ja", CHANGED), ("en", CHANGED_IN_OTHER_LANGUAGE)])
def test_a_change_in_one_language_only_is_a_change_for_its_readers(language, expected):
    status = citation_status(
        cited_version_id=2,
        newest_version_id=3,
        cited_clause=Clause("k", "H", "text", "見出し", "旧"),
        newest_clauses={"k": Clause("k", "H", "text", "見出し", "新")},
        language=language,
    )

    assert status == expected


CITED = ["derivative-works", "revocation", "deletion-on-termination"]


@pytest.fixture
def v2():
    """Version 2 of a license, superseding version 1; nothing newer yet."""
    return successor_version(LicenseVersionFactory(clauses=CITED))


def publish_version_3(v2):
    """One clause reworded in both languages, one kept, one dropped."""
    derivative = v2.clauses.get(key="derivative-works")
    edits = {
        "text_en": derivative.text_en + " Merges are derivative works.",
        "text_ja": derivative.text_ja + "マージも。",
    }
    return successor_version(v2, edits={"derivative-works": edits}, dropped=["deletion-on-termination"])


@pytest.fixture
def notice(home_page, v2):
    """An announcement whose concerns cite each of version 2's clauses."""
    return AnnouncementPageFactory(remaining=len(CITED), cites=v2)


@pytest.mark.django_db
def test_checks_compare_each_cited_clause_with_the_newest_version(v2):
    v1 = v2.supersedes
    v3 = publish_version_3(v2)
    clauses = {c.key: c for c in v2.clauses.all()}
    cited = [(v2, clauses["derivative-works"]), (v2, clauses["revocation"]), (v2, clauses["deletion-on-termination"])]

    checks = check_citations(cited + [(v1, None)])

    assert {key: check.status for key, check in checks.items()} == {
        (v2.pk, "derivative-works"): CHANGED,
        (v2.pk, "revocation"): UNCHANGED,
        (v2.pk, "deletion-on-termination"): REMOVED,
        (v1.pk, None): SUPERSEDED,
    }
    assert checks[(v2.pk, "derivative-works")].newest_version == v3
    compare_url = f"/en/licenses/{v2.license.slug}/compare/v2/v3/#revocation"
    assert checks[(v2.pk, "revocation")].compare_url == compare_url


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "changed", "removed"),
    [
        ("en", "A newer version exists ({label}), and this clause has changed in it.", "this clause was removed"),
        ("ja", "新しい版（{label}）があり、この条項は変更されています。", "この条項は削除されています。"),
    ],
)
def test_a_chip_says_when_a_newer_version_changed_or_removed_the_clause(client, notice, v2, language, changed, removed):
    v3 = publish_version_3(v2)

    page = soup(client.get(f"/{language}/{notice.slug_en}/"))

    chips = {chip.select_one(".citation-link")["href"].rsplit("#", 1)[1]: chip for chip in page.select(".citation")}
    changed = changed.format(label=getattr(v3, f"label_{language}"))
    assert (
        chips["derivative-works"].select_one(".citation-status--changed").get_text(" ", strip=True).startswith(changed)
    )
    assert removed in chips["deletion-on-termination"].select_one(".citation-status--removed").get_text()
    assert chips["revocation"].select_one(".citation-status--unchanged") is not None
    compare = chips["derivative-works"].select_one(".citation-status a")["href"]
    assert compare == f"/{language}/licenses/{v2.license.slug}/compare/v2/v3/#derivative-works"
    comparison = soup(client.get(compare.split("#")[0]))
    assert comparison.find(id="derivative-works").select_one(".status").get_text(strip=True) in ("Changed", "変更")


@pytest.mark.django_db
def test_chips_of_the_newest_version_carry_no_warning(client, notice):
    page = soup(client.get(f"/en/{notice.slug_en}/"))

    assert len(page.select(".citation")) == len(CITED)
    assert page.select(".citation-status") == []
