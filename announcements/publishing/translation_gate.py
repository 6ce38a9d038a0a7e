"""No revision goes live while a language it is published in is out of date and nobody
confirmed that it still says the same.

The check sits in Wagtail's publish actions, which every road to publication passes: the
Publish button, workflow approval, "publish this version", scheduling (checked when the
revision is scheduled; the go-live publishes the same texts), bulk publishing, copies and
code calling ``revision.publish()``. It reads only the revision: its texts and the
translation records saved with them, where a person's confirmation is recorded
(``confirm_translations``). The edit form asks the same question earlier, on the field,
so an editor meets it before anything is saved.
"""

from wagtail.actions import PublishPageRevisionAction, PublishRevisionAction
from wagtail.log_actions import log

from site_config.translation_status.freshness import confirm
from site_config.translation_status.texts import (
    as_texts,
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


def check_translations_when_publishing() -> None:
    """Add the check to Wagtail's publish actions (each class that defines its own
    ``check``; runs once however often it is called)."""
    for action in (PublishRevisionAction, PublishPageRevisionAction):
        check = action.__dict__["check"]
        if getattr(check, "checks_translations", False):
            continue

        def checked(self, skip_permission_checks=False, _permission_check=check):
            _permission_check(self, skip_permission_checks=skip_permission_checks)
            refuse_unconfirmed_translations(self.object)

        checked.checks_translations = True
        action.check = checked
