"""The API's response shapes (OpenAPI components). Concerns and citations have the
shape ``announcements.public.serializers`` gives them, as in the JSON Feed extension."""

import datetime

from ninja import Schema
from pydantic import Field


class TopicOut(Schema):
    slug: str
    name: str


class SupersededBy(Schema):
    version: str
    url: str


class Citation(Schema):
    cited_as: str = Field(
        description="The citation as the page writes it, e.g. “Stability AI Community License, version 2 "
        "(July 5, 2024), “Derivative works” (our summary)”."
    )
    license: str = Field(description="The license's name.")
    version_name: str = Field(description="The cited version's own title (the license's name when it has none).")
    version: str = Field(description="The version's label as it reads inside a sentence, e.g. “version 2”.")
    version_url: str
    effective_date: datetime.date
    clause_key: str | None
    clause_heading: str | None
    clause_url: str | None
    superseded: bool
    superseded_by: SupersededBy | None


class Concern(Schema):
    title: str | None
    kind: str | None
    citation: Citation | None
    earlier_citations: list[Citation] = Field(
        description="Clauses of earlier versions that what the concern says about the earlier terms rests on "
        "(a resolved concern's “Before”); cited on purpose, never outdated. Since format 2."
    )


class AnnouncementOut(Schema):
    id: int
    url: str
    title: str
    summary: str
    notice_date: str  # ISO 8601 at its precision: "2024-07" or "2024-07-12"
    notice_date_precision: str
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    last_updated: datetime.date | None
    topics: list[TopicOut]
    resolved_concerns: list[Concern]
    not_perfect: list[Concern] = Field(description="Remaining concerns about a license clause (since format 2).")
    remaining_concerns: list[Concern] = Field(description="Remaining concerns about anything else.")


class FAQOut(Schema):
    slug: str
    url: str
    question: str
    answer_html: str
    topic: TopicOut
    citation: Citation | None
    cites_earlier_terms: bool = Field(
        description="The answer is about terms a newer version replaced, and cites them on purpose."
    )


class VersionSummary(Schema):
    slug: str
    name: str
    label: str
    effective_date: datetime.date
    url: str
    supersedes: str | None
    superseded_by: str | None


class LicenseOut(Schema):
    slug: str
    name: str
    licensor: str
    url: str
    versions: list[VersionSummary]


class ClauseOut(Schema):
    key: str
    heading: str
    text: str
    url: str


class VersionOut(VersionSummary):
    license: str
    source_url: str
    summary: str
    clauses: list[ClauseOut]


class Segment(Schema):
    op: str  # "equal", "delete" or "insert"
    text: str


class ClauseComparisonOut(Schema):
    key: str
    status: str  # "added", "removed", "changed" or "unchanged"
    heading: str
    heading_diff: list[Segment]
    text_diff: list[Segment]
    changed_in_other_languages: list[str]


class ComparisonOut(Schema):
    license: str
    old: VersionSummary
    new: VersionSummary
    counts: dict[str, int]
    clauses: list[ClauseComparisonOut]


class Error(Schema):
    detail: str | list


def page_of(item_schema: type[Schema], name: str) -> type[Schema]:
    """A page of a list: the items and where the neighbouring pages are."""
    return type(
        name,
        (Schema,),
        {
            "__annotations__": {
                "count": int,
                "page": int,
                "page_size": int,
                "next": str | None,
                "previous": str | None,
                "items": list[item_schema],
            }
        },
    )


AnnouncementPage = page_of(AnnouncementOut, "AnnouncementPage")
FAQPage = page_of(FAQOut, "FAQPage")
