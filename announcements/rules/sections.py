"""Groups an announcement's flat body into the sections readers see (pure logic).

Editors write one flat stream: headings, paragraphs, concerns and a decision.
Consecutive concerns of the same category become one section: resolved concerns,
"not perfect" (remaining concerns about a license clause) and remaining concerns
(about anything else). A heading written just before such a run becomes the
section's heading, and paragraphs between that heading and the run become the
section's introduction; without a heading, the section gets its category's name.
Nothing else is moved, so an editor's order is kept.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from .concern_kinds import ConcernKind

RESOLVED, NOT_PERFECT, REMAINING = "resolved", "not-perfect", "remaining"

DEFAULT_HEADINGS = {
    RESOLVED: (_("Resolved concerns"), "resolved-concerns"),
    NOT_PERFECT: (_("Not perfect"), "not-perfect"),
    REMAINING: (_("Remaining concerns"), "remaining-concerns"),
}
DECISION_ANCHOR = "decision"


def concern_category(block_type: str, value: Any) -> str | None:
    """The section a body block belongs in, or None for prose, headings and the decision."""
    if block_type == "resolved_concern":
        return RESOLVED
    if block_type == "remaining_concern":
        return NOT_PERFECT if value.get("kind") == ConcernKind.LICENSE_CLAUSE else REMAINING
    return None


@dataclass
class BodyPart:
    """Blocks rendered together: a concern section (``category`` set) or plain blocks."""

    category: str | None = None
    heading: str = ""
    anchor: str = ""
    intro: list = field(default_factory=list)
    blocks: list = field(default_factory=list)


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    text: str
    count: int | None = None


def group_body(body: Iterable) -> list[BodyPart]:
    """Body blocks (anything with ``block_type`` and ``value``) as a list of parts."""
    parts: list[BodyPart] = []
    used_anchors: set[str] = set()
    for block in body:
        category = concern_category(block.block_type, block.value)
        if category is None:
            if parts and parts[-1].category is None:
                parts[-1].blocks.append(block)
            else:
                parts.append(BodyPart(blocks=[block]))
            continue
        if parts and parts[-1].category == category:
            parts[-1].blocks.append(block)
            continue
        section = BodyPart(category=category, blocks=[block])
        previous = parts[-1] if parts else None
        if previous is not None and previous.category is None:
            _take_heading_and_intro(previous, section)
            if not previous.blocks:
                parts.pop()
        default_heading, default_anchor = DEFAULT_HEADINGS[category]
        section.heading = section.heading or str(default_heading)
        section.anchor = _unique(section.anchor or default_anchor, used_anchors)
        parts.append(section)
    return parts


def _take_heading_and_intro(previous: BodyPart, section: BodyPart) -> None:
    """Move a heading (and the paragraphs after it) that ends ``previous`` into ``section``."""
    position = len(previous.blocks)
    while position and previous.blocks[position - 1].block_type == "paragraph":
        position -= 1
    if not position or previous.blocks[position - 1].block_type != "heading":
        return
    heading_block = previous.blocks[position - 1]
    section.heading = heading_block.value.get("text", "")
    section.anchor = heading_block.value.get("anchor", "")
    section.intro = previous.blocks[position:]
    del previous.blocks[position - 1 :]


def _unique(anchor: str, used: set[str]) -> str:
    candidate, number = anchor, 2
    while candidate in used:
        candidate, number = f"{anchor}-{number}", number + 1
    used.add(candidate)
    return candidate


def table_of_contents(parts: Iterable[BodyPart]) -> list[TocEntry]:
    """Every linkable section heading in reading order, concern sections with their count."""
    entries = []
    for part in parts:
        if part.category is not None:
            entries.append(TocEntry(part.anchor, part.heading, len(part.blocks)))
            continue
        for block in part.blocks:
            if block.block_type == "heading" and block.value.get("anchor"):
                entries.append(TocEntry(block.value["anchor"], block.value.get("text", "")))
            elif block.block_type == "decision":
                entries.append(TocEntry(DECISION_ANCHOR, block.value.get("heading", "")))
    return entries
