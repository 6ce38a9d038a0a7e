"""StreamField blocks for announcements: prose, headings and structured concerns.

A notice's structure exists once for every language: which blocks, in which order,
each concern's kind and its citation. Only the words are per language: every block
carries its texts side by side (``title_en``, ``title_ja``, ...), so English and
Japanese can never list different concerns or cite different versions.

A concern that rests on a license cites a license version and, optionally, one of
that version's clauses. Citing a clause of another version is refused on the field.
What a concern says about the terms before (the "Before" of a resolved concern)
cites the earlier versions' clauses: those citations describe the past on purpose,
so no check calls them outdated.
"""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from licenses.blocks import ClauseChooserBlock, LicenseVersionChooserBlock, citations_preloaded
from licenses.models import citation_errors
from site_config.block_comparison import LabelledChoiceBlock

from .rules.concern_kinds import ConcernKind
from .translated_blocks import RICH_TEXT_FEATURES, TranslatedStructBlock, rich_text, text


class CitationBlock(blocks.StructBlock):
    """The license version a statement rests on and, optionally, the clause within it."""

    version = LicenseVersionChooserBlock(label=_("License version"))
    clause = ClauseChooserBlock(required=False, label=_("Clause"), help_text=_("A clause of the chosen version."))

    class Meta:
        icon = "link"
        label = _("Citation")
        template = "blocks/citation_block.html"
        form_classname = "citation-block"

    def get_context(self, value, parent_context=None):
        """Adds ``check``: how the cited clause fares in newer versions, looked up in the
        ``citation_checks`` the page computed once for all its citations."""
        context = super().get_context(value, parent_context=parent_context)
        version, clause = value.get("version"), value.get("clause")
        checks = (parent_context or {}).get("citation_checks") or {}
        if version is not None:
            context["check"] = checks.get((version.pk, clause.key if clause is not None else None))
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = citation_errors(value.get("version"), value.get("clause"))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def is_empty(self, value) -> bool:
        return value is None or value.get("version") is None


class EarlierTermsCitationBlock(CitationBlock):
    """A citation of terms a newer version replaced, for what a concern says about the
    past: shown without "a newer version exists", which is the point of citing it."""

    class Meta:
        label = _("Earlier terms")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.pop("check", None)
        return context


class OptionalCitationBlock(CitationBlock):
    """A citation that may be left empty: fill in the version to cite, or nothing."""

    version = LicenseVersionChooserBlock(required=False, label=_("License version"))


class HeadingBlock(TranslatedStructBlock):
    """A section heading; it becomes an <h2> with an anchor readers can link to."""

    texts = {"text": text(_("Text"))}
    anchor = blocks.RegexBlock(
        regex=r"^[a-z0-9][a-z0-9-]*$",
        required=False,
        max_length=80,
        label=_("Anchor"),
        help_text=_("Optional id for links to this section, e.g. resolved-concerns."),
        error_messages={"invalid": _("Use lower-case letters, digits and hyphens only.")},
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading")
        preview_value = {"text_en": "Resolved concerns", "text_ja": "解消された懸念", "anchor": "resolved-concerns"}


class ParagraphBlock(TranslatedStructBlock):
    """Prose, in every language."""

    texts = {"text": rich_text(_("Text"), features=RICH_TEXT_FEATURES + ["h3"])}

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        description = _("Prose in every language")
        preview_value = {"text_en": "<p>SD3 is allowed again.</p>", "text_ja": "<p>SD3を解禁しました。</p>"}


class ConcernBlock(TranslatedStructBlock):
    """Shared shape of concerns: a title, what kind of concern, and a citation."""

    texts = {"title": text(_("Title"))}
    kind = LabelledChoiceBlock(choices=ConcernKind.CHOICES, default=ConcernKind.LICENSE_CLAUSE, label=_("Kind"))
    citation = OptionalCitationBlock(
        label=_("Citation"), help_text=_("Required when the concern is about a license clause.")
    )
    # A stream, not a ListBlock: Wagtail's ListValue has no equality, so every revision
    # compare would show an unchanged concern as changed.
    earlier_citations = blocks.StreamBlock(
        [("citation", EarlierTermsCitationBlock())],
        required=False,
        label=_("Earlier terms cited"),
        help_text=_("The clauses of earlier versions that what this concern says about the earlier terms rests on."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = dict(ConcernKind.CHOICES).get(value.get("kind"), "")
        return context

    def clean(self, value):
        value = super().clean(value)
        cited = value["citation"].get("version")
        if value.get("kind") == ConcernKind.LICENSE_CLAUSE and cited is None:
            raise StructBlockValidationError(
                block_errors={
                    "citation": ValidationError(
                        _("A license-clause concern must cite the license version it rests on.")
                    )
                }
            )
        not_earlier = {
            index: StructBlockValidationError(
                block_errors={
                    "version": ValidationError(
                        _("Cite a version older than “%(version)s”, which this concern cites."),
                        params={"version": cited.full_name},
                    )
                }
            )
            for index, earlier in enumerate(value["earlier_citations"])
            if cited is not None and earlier.value["version"].effective_date >= cited.effective_date
        }
        if not_earlier:
            raise StructBlockValidationError(
                block_errors={"earlier_citations": blocks.StreamBlockValidationError(block_errors=not_earlier)}
            )
        return value


class ResolvedConcernBlock(ConcernBlock):
    """A concern the cited license version has answered, with what the earlier terms said."""

    texts = {
        **ConcernBlock.texts,
        "previously": rich_text(_("What the earlier terms said")),
        "now": rich_text(_("What the cited version says now")),
    }
    optional_texts = frozenset({"previously"})

    class Meta:
        icon = "success"
        label = _("Resolved concern")
        template = "blocks/resolved_concern_block.html"
        description = _("A concern the newer license answers, citing the version and clause")
        preview_value = {
            "title_en": "Derivative works",
            "title_ja": "「派生作品」の扱い",
            "kind": ConcernKind.LICENSE_CLAUSE,
            "previously_en": "<p>Models trained on outputs counted as derivative works.</p>",
            "now_en": "<p>They no longer do.</p>",
        }


class RemainingConcernBlock(ConcernBlock):
    """A concern that still stands, about a license clause or something else."""

    texts = {**ConcernBlock.texts, "detail": rich_text(_("Detail"))}

    class Meta:
        icon = "warning"
        label = _("Remaining concern")
        template = "blocks/remaining_concern_block.html"
        description = _("A concern that still stands; license-clause concerns cite a clause")
        preview_value = {
            "title_en": "Model quality",
            "title_ja": "モデルの品質",
            "kind": ConcernKind.MODEL_QUALITY,
            "detail_en": "<p>The model still needs improvement.</p>",
        }


class DecisionBlock(TranslatedStructBlock):
    """What the site has decided, stated plainly, with its reasons."""

    texts = {"heading": text(_("Heading")), "decision": rich_text(_("Decision"))}

    class Meta:
        icon = "pick"
        label = _("Decision")
        template = "blocks/decision_block.html"
        description = _("The site's decision and why")
        preview_value = {"heading_en": "Our decision (for now)", "decision_en": "<p>We will not take the license.</p>"}


class AnnouncementBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    resolved_concern = ResolvedConcernBlock()
    remaining_concern = RemainingConcernBlock()
    decision = DecisionBlock()

    class Meta:
        block_counts = {"decision": {"max_num": 1}}

    def missing_translations(self, value, languages=None) -> blocks.StreamBlockValidationError | None:
        """Every block text publishing needs and that is blank in a language, as the
        StreamField error the editor sees on the block and field concerned."""
        errors = {}
        for index, child in enumerate(value):
            missing = child.block.missing_translations(child.value, languages)
            if missing:
                errors[index] = StructBlockValidationError(block_errors=missing)
        return blocks.StreamBlockValidationError(block_errors=errors) if errors else None


def iter_citations(body):
    """Yield (block, citation value) for every cited concern in a body, in order."""
    for block in body:
        citation = block.value.get("citation") if hasattr(block.value, "get") else None
        if citation is not None and citation.get("version") is not None:
            yield block, citation


def newest_cited_effective_date(body):
    """When the newest version a body cites took effect (None when it cites none): a
    notice cannot be dated before it (``NoticeDate.published_at``)."""
    return max((citation["version"].effective_date for _block, citation in iter_citations(body)), default=None)


def _raw_citations(value):
    if not isinstance(value, dict):
        return
    yield value.get("citation")
    for item in value.get("earlier_citations") or ():
        yield item.get("value") if isinstance(item, dict) else None


def raw_citation_ids(raw_body) -> tuple[set[int], set[int]]:
    """The version and clause ids every concern of a stored (raw) body cites, its
    citations of earlier terms included."""
    versions, clauses = set(), set()
    for item in raw_body:
        for citation in _raw_citations(item.get("value")):
            if isinstance(citation, dict):
                if citation.get("version") is not None:
                    versions.add(citation["version"])
                if citation.get("clause") is not None:
                    clauses.add(citation["clause"])
    return versions, clauses


@contextmanager
def citations_loaded_once(*raw_bodies):
    """Every citation of these stored bodies loaded once for all the conversions inside:
    rendering converts each block type on its own, and saving and publishing a page
    convert its body afresh at each step (validation, the revision, the reference and
    search indexes), two queries each time otherwise. A citation not loaded here (an
    edit made inside) is queried as usual."""
    versions, clauses = set(), set()
    for raw_body in raw_bodies:
        cited_versions, cited_clauses = raw_citation_ids(raw_body)
        versions |= cited_versions
        clauses |= cited_clauses
    with citations_preloaded(versions, clauses):
        yield
