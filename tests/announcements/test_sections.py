"""Grouping the flat body into resolved / not perfect / remaining sections."""

from types import SimpleNamespace

import pytest

from announcements.factories import AnnouncementPageFactory
from announcements.rules.concern_kinds import ConcernKind
from announcements.rules.sections import NOT_PERFECT, REMAINING, RESOLVED, group_body, table_of_contents
from tests.html import soup


def block(block_type, **value):
    return SimpleNamespace(block_type=block_type, value=value)


def heading(text, anchor=""):
    return block("heading", text=text, anchor=anchor)


def test_a_heading_before_a_run_of_concerns_becomes_its_section_heading():
    body = [
        block("paragraph"),
        heading("Fixed", "fixed"),
        block("resolved_concern", kind="license_clause"),
        block("resolved_concern", kind="business"),
        block("remaining_concern", kind="license_clause"),
        heading("Still open"),
        block("remaining_concern", kind="model_quality"),
        block("decision", heading="Our decision"),
    ]

    parts = group_body(body)

    assert [(p.category, p.heading, p.anchor, len(p.blocks)) for p in parts] == [
        (None, "", "", 1),
        (RESOLVED, "Fixed", "fixed", 2),
        (NOT_PERFECT, "Not perfect", "not-perfect", 1),
        (REMAINING, "Still open", "remaining-concerns", 1),
        (None, "", "", 1),
    ]
    assert [(e.anchor, e.count) for e in table_of_contents(parts)] == [
        ("fixed", 2),
        ("not-perfect", 1),
        ("remaining-concerns", 1),
        ("decision", None),
    ]


def test_paragraphs_between_a_heading_and_its_concerns_introduce_the_section():
    intro = block("paragraph")
    body = [heading("Not perfect", "not-perfect"), intro, block("remaining_concern", kind="license_clause")]

    parts = group_body(body)

    assert len(parts) == 1
    assert (parts[0].category, parts[0].heading, parts[0].intro) == (NOT_PERFECT, "Not perfect", [intro])
    assert [entry.text for entry in table_of_contents(parts)] == ["Not perfect"]


def test_a_paragraph_without_a_heading_before_concerns_stays_where_it_is():
    lone = block("paragraph")
    parts = group_body([lone, block("resolved_concern", kind="business")])

    assert [part.blocks for part in parts[:1]] == [[lone]]
    assert parts[1].intro == []


def test_two_separate_runs_of_one_category_get_distinct_anchors():
    body = [block("resolved_concern", kind="business"), block("paragraph"), block("resolved_concern", kind="business")]

    anchors = [p.anchor for p in group_body(body) if p.category]

    assert anchors == ["resolved-concerns", "resolved-concerns-2"]


def sectioned_body() -> dict:
    """The body, as wagtail-factories declarations: a heading, two resolved concerns, two
    remaining concerns about license clauses ("not perfect") and three about other things."""
    body = "body"
    blocks = {
        f"{body}__0__heading__text_en": "Resolved concerns",
        f"{body}__0__heading__text_ja": "解消された懸念",
        f"{body}__0__heading__anchor": "resolved-concerns",
    }
    blocks |= {f"{body}__{index}": "resolved_concern" for index in (1, 2)}
    blocks |= {f"{body}__{index}": "remaining_concern" for index in (3, 4)}
    for index in (5, 6, 7):
        blocks |= {
            f"{body}__{index}__remaining_concern__kind": ConcernKind.BUSINESS,
            f"{body}__{index}__remaining_concern__citation__version": None,
        }
    return blocks | {f"{body}__8": "decision"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("en", ["Resolved concerns", "Not perfect", "Remaining concerns"]),
        ("ja", ["解消された懸念", "完璧ではない点", "残る懸念"]),
    ],
)
def test_an_announcement_shows_three_distinct_concern_sections(client, home_page, language, headings):
    notice = AnnouncementPageFactory(**sectioned_body())

    page = soup(client.get(f"/{language}/{notice.slug_en}/"))

    sections = page.select("section.concerns")
    assert [s.h2.get_text(strip=True) for s in sections] == headings
    assert [s["class"][1] for s in sections] == ["concerns--resolved", "concerns--not-perfect", "concerns--remaining"]
    assert [len(s.select(".concern")) for s in sections] == [2, 2, 3]
    # Each heading appears once: the editor's heading block became the section's heading.
    assert [h.get_text(strip=True) for h in page.select("h2")].count(headings[0]) == 1
    toc = [a["href"] for a in page.select(".toc a")]
    assert {"#resolved-concerns", "#not-perfect", "#remaining-concerns", "#decision"} <= set(toc)
    for href in toc:
        assert page.find(id=href[1:]) is not None, href
