"""StructBlocks whose texts are written in every language side by side.

A block's structure (its kind, citation, anchor) is stated once; each text exists once
per language of settings.LANGUAGES (``title_en``, ``title_ja``), grouped by language in
the editor and read in the reader's language (``value.title``, ``value.get("title")``).
"""

from collections.abc import Callable
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import BlockGroup, StructBlockValidationError

from site_config.i18n import language_codes, language_name, native_name
from site_config.plain_text import indexable_text, plain_text
from site_config.text_limits import rich_text_length

from .rich_text_links import page_link_errors

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

    def clean(self, value):
        """Also refuses, on the text concerned, a rich-text link to a page that does not
        exist (see announcements.rich_text_links)."""
        value = super().clean(value)
        errors = {}
        for name, child in self.child_blocks.items():
            if isinstance(child, blocks.RichTextBlock):
                found = page_link_errors(getattr(value.get(name), "source", value.get(name)))
                if found:
                    errors[name] = ValidationError(found)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

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
    if hasattr(wording, "source"):
        return not plain_text(wording.source).strip()
    # Plain text is read as written: "<b>" is a title, not markup to strip.
    return not str(wording or "").strip()


def text(label, **options) -> Callable[..., blocks.Block]:
    """A plain-text child, made once per language."""

    def make(**kwargs):
        return blocks.CharBlock(max_length=200, **{**options, **kwargs})

    make.label = label
    return make


class RichTextBlock(blocks.RichTextBlock):
    """Indexed for Wagtail's search in linear time (its own indexing is quadratic in the
    entities a text holds: seconds for a paragraph of 40,000 ``&lt;``)."""

    def get_searchable_content(self, value):
        return [indexable_text(value.source)] if self.search_index else []


def rich_text(label, features=RICH_TEXT_FEATURES) -> Callable[..., blocks.Block]:
    """A rich-text child, made once per language."""

    def make(**kwargs):
        return RichTextBlock(features=features, validators=[rich_text_length()], **kwargs)

    make.label = label
    return make
