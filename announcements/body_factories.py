"""Test data for announcement bodies (wagtail-factories): one body, its texts in both languages.

Dev-only, imported by ``announcements.factories``. A body is either built from the page's
parameters (``default_body``) or declared block by block with wagtail-factories' syntax:
``body__0__heading__text_en="Fixed"``, ``body__1="resolved_concern"``.
"""

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from licenses.factories import ClauseChooserBlockFactory, LicenseVersionChooserBlockFactory

from .blocks import (
    AnnouncementBodyBlock,
    DecisionBlock,
    HeadingBlock,
    OptionalCitationBlock,
    ParagraphBlock,
    RemainingConcernBlock,
    ResolvedConcernBlock,
)
from .rules.concern_kinds import ConcernKind

# The texts of default blocks, per language: {block: (English, Japanese)}.
DEFAULT_TEXTS = {
    "paragraph": ("<p>What this announcement is about.</p>", "<p>このお知らせの内容です。</p>"),
    "resolved": ("Resolved concern {n}", "解消された懸念{n}"),
    "previously": ("<p>The earlier terms said otherwise.</p>", "<p>以前の条件では異なっていました。</p>"),
    "now": ("<p>The cited version settles it.</p>", "<p>引用した版で解決しました。</p>"),
    "remaining": ("Remaining concern {n}", "残る懸念{n}"),
    "remaining_uncited": ("Model quality {n}", "モデルの品質{n}"),
    "detail": ("<p>This still stands.</p>", "<p>この点は残っています。</p>"),
    "heading": ("Section {n}", "セクション{n}"),
    "decision_heading": ("Our decision", "私たちの判断"),
    "decision": ("<p>We decided.</p>", "<p>決定しました。</p>"),
}
RICH = {"paragraph", "previously", "now", "detail", "decision"}


def default_text(name: str, language: str, **values):
    english, japanese = DEFAULT_TEXTS[name]
    text = (japanese if language == "ja" else english).format(**values)
    return RichText(text) if name in RICH else text


def in_language(name: str, language: str):
    """A factory declaration of the default text ``name`` in ``language``, numbered when the
    text has a number."""
    if "{n}" in DEFAULT_TEXTS[name][0]:
        return factory.Sequence(lambda n: default_text(name, language, n=n))
    return factory.LazyFunction(lambda: default_text(name, language))


class CitationBlockFactory(wagtail_factories.StructBlockFactory):
    """A license version and one of its clauses (``version=None`` for a concern that cites nothing)."""

    class Meta:
        model = OptionalCitationBlock

    version = factory.SubFactory(LicenseVersionChooserBlockFactory)
    clause = factory.Maybe(
        "version",
        yes_declaration=factory.SubFactory(
            ClauseChooserBlockFactory, clause__version=factory.SelfAttribute("...version")
        ),
        no_declaration=None,
    )


class ParagraphBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = ParagraphBlock

    text_en = in_language("paragraph", "en")
    text_ja = in_language("paragraph", "ja")


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = HeadingBlock

    text_en = in_language("heading", "en")
    text_ja = in_language("heading", "ja")
    anchor = ""


class ResolvedConcernBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = ResolvedConcernBlock

    title_en = in_language("resolved", "en")
    title_ja = in_language("resolved", "ja")
    previously_en = in_language("previously", "en")
    previously_ja = in_language("previously", "ja")
    now_en = in_language("now", "en")
    now_ja = in_language("now", "ja")
    kind = ConcernKind.LICENSE_CLAUSE
    citation = factory.SubFactory(CitationBlockFactory)
    earlier_citations = factory.LazyFunction(list)  # stored as the admin stores it: an empty stream


class RemainingConcernBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = RemainingConcernBlock

    title_en = in_language("remaining", "en")
    title_ja = in_language("remaining", "ja")
    detail_en = in_language("detail", "en")
    detail_ja = in_language("detail", "ja")
    kind = ConcernKind.LICENSE_CLAUSE
    citation = factory.SubFactory(CitationBlockFactory)
    earlier_citations = factory.LazyFunction(list)  # stored as the admin stores it: an empty stream


class DecisionBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = DecisionBlock

    heading_en = in_language("decision_heading", "en")
    heading_ja = in_language("decision_heading", "ja")
    decision_en = in_language("decision", "en")
    decision_ja = in_language("decision", "ja")


class AnnouncementBodyFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = AnnouncementBodyBlock

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    resolved_concern = factory.SubFactory(ResolvedConcernBlockFactory)
    remaining_concern = factory.SubFactory(RemainingConcernBlockFactory)
    decision = factory.SubFactory(DecisionBlockFactory)


def _texts(prefix: str, field: str, name: str, **values) -> dict:
    return {f"{prefix}{field}_{code}": default_text(name, code, **values) for code in ("en", "ja")}


def default_body(page) -> dict:
    """wagtail-factories declarations of the body the page's parameters ask for: a paragraph,
    then ``resolved`` resolved concerns, ``remaining`` remaining concerns about license clauses
    and ``remaining_uncited`` about something else; license concerns cite ``cites``' clauses
    in turn (or just the version)."""
    clauses = list(page.cites.clauses.order_by("sort_order", "pk")) if page.cites is not None else []
    declarations = {"0": "paragraph"}
    concerns = (
        [("resolved_concern", "resolved", n) for n in range(1, page.resolved + 1)]
        + [("remaining_concern", "remaining", n) for n in range(1, page.remaining + 1)]
        + [("remaining_concern", "remaining_uncited", n) for n in range(1, page.remaining_uncited + 1)]
    )
    for index, (block, name, n) in enumerate(concerns, start=1):
        prefix = f"{index}__{block}__"
        declarations |= _texts(prefix, "title", name, n=n)
        if name == "remaining_uncited":
            declarations |= {f"{prefix}kind": ConcernKind.MODEL_QUALITY, f"{prefix}citation__version": None}
        else:
            clause = clauses[(index - 1) % len(clauses)] if clauses else None
            declarations |= {f"{prefix}citation__version": page.cites, f"{prefix}citation__clause": clause}
    return declarations


class BodyFactory(wagtail_factories.StreamFieldFactory):
    """An announcement's body: the blocks declared for it, if any
    (``body__0__paragraph__text_en="<p>…</p>"``), or else the page's ``default_body``."""

    def __init__(self):
        super().__init__(AnnouncementBodyFactory)

    def evaluate(self, instance, step, extra):
        return super().evaluate(instance, step, extra or default_body(instance))
