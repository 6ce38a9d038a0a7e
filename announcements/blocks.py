"""StreamField blocks for announcements: prose, headings and structured concerns.

A notice's structure exists once for every language: which blocks, in which order,
each concern's kind and its citation. Only the words are per language: every block
carries its texts side by side (``title_en``, ``title_ja``, ...), so English and
Japanese can never list different concerns or cite different versions.

A concern that rests on a license cites a license version and, optionally, one of
that version's clauses. Citing a clause of another version is refused on the field.
"""

from collections.abc import Callable
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import BlockGroup, StructBlockValidationError

from licenses.blocks import ClauseChooserBlock, LicenseVersionChooserBlock
from licenses.models import citation_errors
from site_config.i18n import language_codes, language_name, native_name

from .rules.concern_kinds import ConcernKind

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TranslatedStructValue(blocks.StructValue):
    """A block's value, read in the reader's language.

    ``value.title`` (templates) and ``value.get("title")`` (code) give ``title_ja`` while
    Japanese is active; ``value["title_en"]`` still reads one language explicitly.
    """

    def translated_key(self, name: str, language: str | None = None) -> str:
        return f"{name}_{(language or get_language() or '').split('-')[0]}"

    def get(self, key, default=None):
        if key in self:
            return super().get(key, default)
        return super().get(self.translated_key(key), default)

    def __getattr__(self, name):
        if not name.startswith("_"):
            key = self.translated_key(name)
            if key in self:
                return self[key]
        raise AttributeError(name)


class TranslatedStructBlock(blocks.StructBlock):
    """A StructBlock whose texts are written in every language, side by side.

    ``texts`` names each text and how to make its block for one language; the
    per-language children (``title_en``, ``title_ja``) are added for every language
    of settings.LANGUAGES and grouped by language in the editor. They are optional
    on a draft; publishing requires every language of the texts not in
    ``optional_texts`` (and of any optional text written in one language).
    """

    texts: ClassVar[dict[str, Callable[..., blocks.Block]]] = {}
    optional_texts: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, local_blocks=None, **kwargs):
        per_language = [
            (f"{name}_{code}", make(required=False, label=format_lazy("{} ({})", make.label, native_name(code))))
            for name, make in self.texts.items()
            for code in language_codes()
        ]
        super().__init__(local_blocks=[*per_language, *(local_blocks or [])], **kwargs)

    def get_form_layout(self) -> BlockGroup:
        shared = [name for name in self.child_blocks if not any(name.startswith(f"{t}_") for t in self.texts)]
        groups = [
            BlockGroup(
                [f"{name}_{code}" for name in self.texts],
                heading=native_name(code),
                classname="language-group",
                attrs={"lang": code},
            )
            for code in language_codes()
        ]
        return BlockGroup([*groups, *shared])

    def missing_translations(self, value, languages=None) -> dict[str, ValidationError]:
        """The per-language texts that publishing needs in ``languages`` (all by default) and
        that are blank, by child name."""
        errors = {}
        languages = list(languages or language_codes())
        for name in self.texts:
            wordings = {code: value.get(f"{name}_{code}") for code in language_codes()}
            written = {code for code, wording in wordings.items() if not _is_blank(wording)}
            if name in self.optional_texts and not written:
                continue
            for code in languages:
                if code not in written:
                    errors[f"{name}_{code}"] = ValidationError(
                        _("Write this in %(language)s before publishing."), params={"language": language_name(code)}
                    )
        return errors

    class Meta:
        value_class = TranslatedStructValue


def _is_blank(wording) -> bool:
    """Blank plain text, or rich text with nothing to read (the editor leaves "<p></p>")."""
    source = getattr(wording, "source", wording) or ""
    return not strip_tags(source).strip()


def text(label, **options) -> Callable[..., blocks.Block]:
    """A plain-text child, made once per language."""

    def make(**kwargs):
        return blocks.CharBlock(max_length=200, **{**options, **kwargs})

    make.label = label
    return make


def rich_text(label, features=RICH_TEXT_FEATURES) -> Callable[..., blocks.Block]:
    """A rich-text child, made once per language."""

    def make(**kwargs):
        return blocks.RichTextBlock(features=features, **kwargs)

    make.label = label
    return make


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
    kind = blocks.ChoiceBlock(choices=ConcernKind.CHOICES, default=ConcernKind.LICENSE_CLAUSE, label=_("Kind"))
    citation = OptionalCitationBlock(
        label=_("Citation"), help_text=_("Required when the concern is about a license clause.")
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = dict(ConcernKind.CHOICES).get(value.get("kind"), "")
        return context

    def clean(self, value):
        value = super().clean(value)
        if value.get("kind") == ConcernKind.LICENSE_CLAUSE and value["citation"].get("version") is None:
            raise StructBlockValidationError(
                block_errors={
                    "citation": ValidationError(
                        _("A license-clause concern must cite the license version it rests on.")
                    )
                }
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
