"""No revision goes live while a language it is published in is out of date and nobody
confirmed that it still says the same.

The check sits in Wagtail's publish actions, which every road to publication passes: the
Publish button, workflow approval, "publish this version", scheduling (checked when the
revision is scheduled; the go-live publishes the same texts), bulk publishing and code
calling ``revision.publish()``. It reads only the revision: its texts and the translation
records saved with them, where a person's confirmation is recorded
(``confirm_translations``). A copy kept live is put live by Wagtail's copy action without
the publish actions, so that action checks the titles and slugs it gives the copy. The edit
form asks the same question earlier, on the field, so an editor meets it before anything
is saved.
"""

from copy import copy as shallow_copy

from wagtail.actions import CopyPageAction, PublishPageRevisionAction, PublishRevisionAction
from wagtail.log_actions import log

from site_config.translation_status.freshness import confirm
from site_config.translation_status.texts import (
    TranslationsOutOfDate,
    as_texts,
    out_of_date_after_edit,
    publication_languages,
    refuse_unconfirmed_translations,
    translatable_texts,
    unconfirmed_out_of_date,
)

CONFIRMED_LOG_ACTION = "announcements.confirm_translations"


def confirm_translations(revision, *, user) -> list[str]:
    """Record in ``revision`` that ``user`` checked its out-of-date languages and they still
    say the same; the languages confirmed. The revision's texts do not change: only their
    records, as the edit form's "Translations checked" box records them when saving."""
    item = revision.as_object()
    stale = list(unconfirmed_out_of_date(item))
    if not stale:
        return []
    texts = as_texts(translatable_texts(item))
    sources = item.translation_sources or {}
    for language in stale:
        sources = confirm(texts, sources, language=language)
    revision.content = {**revision.content, "translation_sources": sources}
    revision.save(update_fields=["content"])
    log(instance=item, action=CONFIRMED_LOG_ACTION, user=user, revision=revision, data={"languages": stale})
    return stale


def refuse_unconfirmed_copy(action: CopyPageAction) -> None:
    """A live page copied and kept live is public at once with the texts the copy form
    changed (its titles and slugs, one per language): refused when that leaves a language
    out of date, as publishing the same edit would be."""
    if not (action.keep_live and action.update_attrs and action.page.live):
        return
    live = action.page.specific
    if not hasattr(live, "translation_sources"):
        return
    copy = shallow_copy(live)  # the live row with the copy's titles and slugs, in memory
    for name, value in action.update_attrs.items():
        setattr(copy, name, value)
    stale = out_of_date_after_edit(live, copy, languages=publication_languages(copy))
    if stale:
        raise TranslationsOutOfDate(stale)


def check_translations_when_publishing() -> None:
    """Add the checks to Wagtail's publish and copy actions (each class that defines its
    own ``check``; runs once however often it is called)."""
    _after_check(PublishRevisionAction, lambda action: refuse_unconfirmed_translations(action.object))
    _after_check(PublishPageRevisionAction, lambda action: refuse_unconfirmed_translations(action.object))
    _after_check(CopyPageAction, refuse_unconfirmed_copy)


def _after_check(action_class, refuse) -> None:
    check = action_class.__dict__["check"]
    if getattr(check, "checks_translations", False):
        return

    def checked(self, skip_permission_checks=False):
        check(self, skip_permission_checks=skip_permission_checks)
        refuse(self)

    checked.checks_translations = True
    action_class.check = checked
