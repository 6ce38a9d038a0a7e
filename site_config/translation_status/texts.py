"""An item's translatable texts, each with every language's wording, for translation status.

Fields listed in a model's ``translated_text_fields``, every text of every body block
(``body.<block id>.title``) and every text of every inline row in
``translated_child_fields`` (a license version's clauses: ``clauses.<clause key>.text``)
are one text each. The status rules themselves are pure and live in ``freshness``; this
module only reads items.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from site_config.i18n import language_codes, language_name
from site_config.plain_text import plain_text

from .freshness import Freshness, Texts, confirm, needing_work, record_edit


@dataclass(frozen=True)
class TranslatableText:
    key: str
    label: str
    wordings: dict[str, str]


def _plain(value) -> str:
    return plain_text(getattr(value, "source", value) or "")


def translatable_texts(page) -> list[TranslatableText]:
    texts = []
    for name in getattr(page, "translated_text_fields", ()):
        field = page._meta.get_field(name)
        wordings = {code: _plain(getattr(page, f"{name}_{code}", "")) for code in language_codes()}
        texts.append(TranslatableText(name, str(field.verbose_name).capitalize(), wordings))
    for field_name in getattr(page, "translated_block_fields", ()):
        for position, block in enumerate(getattr(page, field_name), start=1):
            for name in getattr(block.block, "texts", {}):
                wordings = {code: _plain(block.value.get(f"{name}_{code}")) for code in language_codes()}
                key, label = f"{field_name}.{block.id}.{name}", _block_label(block, position, name)
                texts.append(TranslatableText(key, label, wordings))
    for relation, names in getattr(page, "translated_child_fields", {}).items():
        for row in getattr(page, relation).all():
            for name in names:
                wordings = {code: _plain(getattr(row, f"{name}_{code}", "")) for code in language_codes()}
                texts.append(TranslatableText(f"{relation}.{row.key}.{name}", _row_label(row, name), wordings))
    return texts


def _row_label(row, name: str) -> str:
    """e.g. "Clause “Revocation”: Text" (the row's heading in the editor's language)."""
    heading = Truncator(_plain(getattr(row, "heading", "") or row.key)).chars(40)
    kind = str(row._meta.verbose_name).capitalize()
    return f"{kind} “{heading}”: {str(row._meta.get_field(name).verbose_name).capitalize()}"


def _block_label(block, position: int, name: str) -> str:
    """e.g. "3. Resolved concern “Derivative works”: Title" (in the editor's language)."""
    summary = Truncator(_plain(block.value.get("title") or block.value.get("text") or "")).chars(40)
    text_label = str(block.block.child_blocks[f"{name}_{language_codes()[0]}"].meta.label).rsplit(" (", 1)[0]
    described = f"{block.block.meta.label} “{summary}”" if summary else str(block.block.meta.label)
    return f"{position}. {described}: {text_label}"


def as_texts(texts: list[TranslatableText]) -> Texts:
    return {text.key: text.wordings for text in texts}


def record_translation_sources(page, previous, *, confirmed=()) -> None:
    """Set ``page.translation_sources`` for a save that changes ``previous`` (None: new) into
    ``page``; the ``confirmed`` languages were checked by the editor and still say the same."""
    before = as_texts(translatable_texts(previous)) if previous is not None else {}
    after = as_texts(translatable_texts(page))
    sources = record_edit(before, after, page.translation_sources or {})
    for language in confirmed:
        sources = confirm(after, sources, language=language)
    page.translation_sources = sources


def last_saved(item):
    """``item`` as last saved (its newest revision), or None for an item never saved.
    Not get_latest_revision_as_object(): that returns the item itself (already edited in
    memory) when it has no unpublished changes. Loaded once per save: the publish
    confirmation and ``save_revision`` both read it (``forget_last_saved`` after saving)."""
    if "_last_saved" not in item.__dict__:
        previous = item.revisions.order_by("-created_at", "-pk").first() if item.pk else None
        item.__dict__["_last_saved"] = previous.as_object() if previous is not None else None
    return item.__dict__["_last_saved"]


def forget_last_saved(item) -> None:
    item.__dict__.pop("_last_saved", None)


def publication_languages(item) -> list[str]:
    """The languages ``item`` is published in: all, or the default language alone for an
    announcement published in it only for now (``languages_to_publish``)."""
    return item.languages_to_publish() if hasattr(item, "languages_to_publish") else language_codes()


def out_of_date_after_save(item, *, confirmed=(), languages=None) -> dict[str, list[str]]:
    """The languages (other than ``confirmed``) that would still be out of date once
    ``item``, with its unsaved edits, is saved: ``{language: [text labels]}``."""
    return out_of_date_after_edit(last_saved(item), item, confirmed=confirmed, languages=languages)


def out_of_date_after_edit(previous, item, *, confirmed=(), languages=None) -> dict[str, list[str]]:
    """As ``out_of_date_after_save``, for ``item`` edited from ``previous`` (None: new),
    e.g. a copy of a live page with the titles its copy form gave it."""
    texts = translatable_texts(item)
    before = as_texts(translatable_texts(previous)) if previous is not None else {}
    sources = record_edit(before, as_texts(texts), item.translation_sources or {})
    return _out_of_date(texts, sources, languages, confirmed)


def out_of_date_as_saved(item, *, languages=None) -> dict[str, list[str]]:
    """The languages out of date in ``item`` as it stands (a revision's object: its texts
    and the records saved with them): ``{language: [text labels]}``."""
    return _out_of_date(translatable_texts(item), item.translation_sources or {}, languages, confirmed=())


def unconfirmed_out_of_date(item) -> dict[str, list[str]]:
    """``{language: [text labels]}`` out of date in ``item`` as saved, in the languages it is
    published in, that nobody confirmed; empty when it may be published."""
    if not hasattr(item, "translation_sources"):
        return {}
    return out_of_date_as_saved(item, languages=publication_languages(item))


class TranslationsOutOfDate(ValidationError):
    """Publishing (or scheduling) refused: a language may no longer say the same as the others."""

    def __init__(self, stale: dict[str, list[str]]):
        self.stale = stale
        super().__init__([out_of_date_message(language, labels) for language, labels in stale.items()])


def out_of_date_message(language: str, labels: list[str]) -> str:
    return _(
        "%(language)s may no longer say the same as the other languages in: %(texts)s. "
        "Check it; if it still says the same, confirm it, or update it first."
    ) % {"language": language_name(language), "texts": "; ".join(labels)}


def refuse_unconfirmed_translations(item) -> None:
    stale = unconfirmed_out_of_date(item)
    if stale:
        raise TranslationsOutOfDate(stale)


def _out_of_date(texts: list[TranslatableText], sources, languages, confirmed) -> dict[str, list[str]]:
    work = needing_work(as_texts(texts), sources, languages or language_codes())
    stale: dict[str, list[str]] = {}
    for text in texts:
        for language, status in work.get(text.key, {}).items():
            if status == Freshness.OUT_OF_DATE and language not in confirmed:
                stale.setdefault(language, []).append(text.label)
    return stale


def translation_work(page) -> list[tuple[TranslatableText, dict[str, Freshness]]]:
    """The page's texts that are missing or out of date in some language, with their status."""
    texts = translatable_texts(page)
    work = needing_work(as_texts(texts), page.translation_sources or {}, language_codes())
    return [(text, work[text.key]) for text in texts if text.key in work]
