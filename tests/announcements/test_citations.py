"""Citation status against newer license versions: the pure rule, and the chips readers see."""

import pytest

from announcements.public.citation_checks import check_citations
from announcements.rules.citations import CHANGED, CURRENT, REMOVED, SUPERSEDED, UNCHANGED, citation_status
from tests.html import soup
from tests.pages import publish_version_3

NEWEST = {"revocation": ("Revocation", "Revocable."), "derivative-works": ("Derivative works", "New text.")}


@pytest.mark.parametrize(
    ("cited_version", "clause_key", "content", "expected"),
    [
        (3, "revocation", ("Revocation", "Revocable."), CURRENT),
        (2, "revocation", ("Revocation", "Revocable."), UNCHANGED),
        (2, "derivative-works", ("Derivative works", "Old text."), CHANGED),
        (2, "usage-cap", ("Usage cap", "6,000."), REMOVED),
        (2, None, None, SUPERSEDED),
    ],
)
def test_citation_status_against_the_newest_version(cited_version, clause_key, content, expected):
    status = citation_status(
        cited_version_id=cited_version,
        newest_version_id=3,
        cited_clause_key=clause_key,
        cited_clause_content=content,
        newest_clause_contents=NEWEST,
    )

    assert status == expected


def test_a_change_in_one_language_only_is_a_change():
    status = citation_status(
        cited_version_id=2,
        newest_version_id=3,
        cited_clause_key="k",
        cited_clause_content=("H", "text", "見出し", "旧"),
        newest_clause_contents={"k": ("H", "text", "見出し", "新")},
    )

    assert status == CHANGED


@pytest.mark.django_db
def test_checks_compare_each_cited_clause_with_the_newest_version(license_versions):
    v1, v2 = license_versions["v1"], license_versions["v2"]
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
    assert checks[(v2.pk, "revocation")].compare_url == "/en/licenses/stability-ai-sd3/compare/v2/v3/#revocation"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "changed", "removed"),
    [
        ("en", "A newer version exists (Version 3), and this clause has changed in it.", "this clause was removed"),
        ("ja", "新しい版（第3版）があり、この条項は変更されています。", "この条項は削除されています。"),
    ],
)
def test_a_chip_says_when_a_newer_version_changed_or_removed_the_clause(
    client, notice, license_versions, language, changed, removed
):
    publish_version_3(license_versions["v2"])

    page = soup(client.get(f"/{language}/{notice.slug_en}/"))

    chips = {chip.select_one(".citation-link")["href"].rsplit("#", 1)[1]: chip for chip in page.select(".citation")}
    assert (
        chips["derivative-works"].select_one(".citation-status--changed").get_text(" ", strip=True).startswith(changed)
    )
    assert removed in chips["deletion-on-termination"].select_one(".citation-status--removed").get_text()
    assert chips["revocation"].select_one(".citation-status--unchanged") is not None
    compare = chips["derivative-works"].select_one(".citation-status a")["href"]
    assert compare == f"/{language}/licenses/stability-ai-sd3/compare/v2/v3/#derivative-works"
    comparison = soup(client.get(compare.split("#")[0]))
    assert comparison.find(id="derivative-works").select_one(".status").get_text(strip=True) in ("Changed", "変更")


@pytest.mark.django_db
def test_chips_of_the_newest_version_carry_no_warning(client, notice):
    page = soup(client.get(f"/en/{notice.slug_en}/"))

    assert len(page.select(".citation")) >= 1
    assert page.select(".citation-status") == []
