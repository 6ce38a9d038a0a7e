"""What the index holds: every public announcement, FAQ and license clause, per language.

Everything is read through ``announcements.public.selectors``, so what the index
can hold is exactly what pages and feeds may show.
"""

import datetime
from collections.abc import Iterable, Iterator

from django.utils import translation

from announcements.public.page_paths import PagePaths
from announcements.public.selectors import public_announcements, public_faq_page, public_faqs, public_license_clauses
from site_config.i18n import language_codes
from site_config.plain_text import indexable_text

from .models import SearchDocument
from .text import normalise

Kind = SearchDocument.Kind
LATEST_DATE = datetime.date(9999, 12, 31)


def newest_first(date: datetime.date) -> int:
    """An announcement's place among announcements: newest first by its notice date, as
    the list orders them. Worked out from the page alone, so one announcement can be
    indexed without renumbering the others."""
    return (LATEST_DATE - date).days


def body_text(raw_blocks: list[dict], language: str) -> str:
    """Every text of a body's blocks in ``language`` (``title_ja``, ``detail_ja``...), in order."""
    suffix = f"_{language}"
    texts = []
    for block in raw_blocks:
        value = block.get("value")
        if not isinstance(value, dict):
            continue
        texts += [
            indexable_text(text) for name, text in value.items() if name.endswith(suffix) and isinstance(text, str)
        ]
    return "\n".join(text for text in texts if text)


def _document(language: str, kind: str, object_id: int, *, title: str, text: str, **fields) -> SearchDocument:
    return SearchDocument(
        language=language,
        kind=kind,
        object_id=object_id,
        title=title,
        text=text,
        normalised_title=normalise(title),
        normalised=normalise(f"{title}\n{text}"),
        **fields,
    )


def announcement_documents(language: str, only: Iterable[int] | None = None) -> Iterator[SearchDocument]:
    """Public announcements of ``language`` (those whose ids are in ``only``, if given)."""
    page_path = PagePaths()
    pages = public_announcements(language=language)
    if only is not None:
        pages = pages.filter(pk__in=only)
    for page in pages:
        summary = getattr(page, f"summary_{language}")
        yield _document(
            language,
            Kind.ANNOUNCEMENT,
            page.pk,
            title=getattr(page, f"title_{language}"),
            text=f"{summary}\n{body_text(page.body.raw_data, language)}",
            url=page_path(page),
            date=page.date,
            date_precision=page.date_precision,
            position=newest_first(page.date),
        )


def faq_documents(language: str) -> Iterator[SearchDocument]:
    faq_page = public_faq_page()
    if faq_page is None:
        return
    page_url = faq_page.get_url() or ""
    for position, faq in enumerate(public_faqs(language=language)):
        yield _document(
            language,
            Kind.FAQ,
            faq.pk,
            title=getattr(faq, f"question_{language}"),
            text=indexable_text(getattr(faq, f"answer_{language}")),
            source=faq.topic.name,
            url=f"{page_url}#{faq.slug}",
            position=position,
        )


def clause_documents(language: str) -> Iterator[SearchDocument]:
    for position, clause in enumerate(public_license_clauses()):
        yield _document(
            language,
            Kind.CLAUSE,
            clause.pk,
            title=getattr(clause, f"heading_{language}") or clause.heading,
            text=getattr(clause, f"text_{language}") or clause.text,
            source=clause.version.full_name,
            url=clause.get_absolute_url(),
            date=clause.version.effective_date,
            date_precision="day",
            position=position,
        )


def documents_of_announcements(page_ids: Iterable[int]) -> list[SearchDocument]:
    """The documents of these announcements in every language they are public in."""
    documents = []
    for language in language_codes():
        with translation.override(language):
            documents += announcement_documents(language, only=page_ids)
    return documents


def all_documents() -> list[SearchDocument]:
    """Every document of every language, each built with its language active (URLs, names)."""
    documents = []
    for language in language_codes():
        with translation.override(language):
            for build in (announcement_documents, faq_documents, clause_documents):
                documents += build(language)
    return documents
