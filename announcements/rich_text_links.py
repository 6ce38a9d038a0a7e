"""Rich-text links to pages: checked when a text is saved, harmless whatever is stored.

Draftail sends a page link as a contentstate entity ``{"type": "LINK", "data": {"id": ...}}``
and Wagtail's converter writes that id into the stored HTML as it came
(``<a linktype="page" id="abc">``). Showing the text then looks the id up as a page's
primary key: Wagtail's ``PageLinkHandler`` (readers, feeds) and the editor's
``PageLinkElementHandler`` (the edit view) both raise ``ValueError`` on an id that is not
a number, so one crafted link took down the page, every feed of its language and its
edit view.

So a text whose page link is not a whole number, or names no page, is refused when it is
saved (here: ``page_link_errors``, used by the blocks and models), and a link already
stored that way reads as a broken link: plain text for readers
(``announcements.public.page_links``), no link in the editor
(``announcements.editor.draftail_links``).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.rich_text.rewriters import LinkRewriter

from site_config.i18n import language_codes

# A primary key fits in a signed 64-bit integer: 19 digits at most.
_MAX_ID_DIGITS = 18


def page_link_id(raw) -> int | None:
    """The page id a stored link names, or None when it is not a plain positive whole number."""
    text = str(raw if raw is not None else "")
    if not text.isascii() or not text.isdigit() or len(text) > _MAX_ID_DIGITS or int(text) == 0:
        return None
    return int(text)


def page_link_errors(html: str | None) -> list[ValidationError]:
    """Why the page links in ``html`` (stored rich-text format) cannot be saved: ids that are
    not numbers, and numbers that name no page. Empty when every link is sound."""
    if not html or 'linktype="page"' not in str(html):
        return []
    raw_ids = [match.attrs.get("id") for match in LinkRewriter().extract_tags(str(html)).get("page", [])]
    ids = {raw: page_link_id(raw) for raw in raw_ids}
    existing = set(Page.objects.filter(pk__in=[pk for pk in ids.values() if pk]).values_list("pk", flat=True))
    return [
        ValidationError(
            _("A link in this text points to a page that does not exist (“%(id)s”). Choose the page again."),
            code="broken_page_link",
            params={"id": raw},
        )
        for raw, pk in ids.items()
        if pk not in existing
    ]


def rich_text_field_errors(instance) -> dict[str, list[ValidationError]]:
    """The page-link errors of every rich-text field of a model instance (each language's
    column included), by field name, for its ``clean``."""
    errors = {}
    names = {field.name for field in instance._meta.concrete_fields}
    for field in instance._meta.concrete_fields:
        # The untranslated column (``intro``) is a copy of the default language's (``intro_en``).
        translated = any(f"{field.name}_{code}" in names for code in language_codes())
        if isinstance(field, RichTextField) and not translated:
            found = page_link_errors(getattr(instance, field.attname))
            if found:
                errors[field.name] = found
    return errors
