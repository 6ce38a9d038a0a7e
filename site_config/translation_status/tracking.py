"""The model mixin: every revision records what each language's wording was made from."""

from django.db import models

from .models import TranslationWork
from .texts import forget_last_saved, last_saved, record_translation_sources, refuse_unconfirmed_translations


class TracksTranslations(models.Model):
    """For models with revisions whose texts exist in every language: ``translated_text_fields``,
    on pages every block text of ``translated_block_fields``, and the texts of inline rows
    (``translated_child_fields``: {relation: (field, ...)}, each row by its ``key``)."""

    translated_text_fields: tuple[str, ...] = ()

    translation_sources = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What each language's wording of each text was translated from (fingerprints).",
    )

    class Meta:
        abstract = True

    def save_revision(self, *args, **kwargs):
        # Every save records what each translation was made from, so an edit of one
        # language shows the others as out of date (drafts included: that is when it matters).
        record_translation_sources(self, last_saved(self), confirmed=getattr(self, "translations_confirmed", ()))
        if kwargs.get("approved_go_live_at") is not None:
            # Scheduled straight from code: the go-live trusts what is confirmed now, as
            # the publish action's check does for a schedule set in the admin.
            refuse_unconfirmed_translations(self)
        revision = super().save_revision(*args, **kwargs)
        forget_last_saved(self)  # this revision is the last saved one now
        TranslationWork.refresh_for(self)  # what listings and the report filter on
        return revision
