"""Translation status kept with every bilingual item (pages and FAQs), and queryable.

Each save of a revision records what each language's wording was made from
(``translation_sources``, stored in the revision with the texts) and refreshes the
item's rows in ``TranslationWork``: one row per language that has missing or out-of-date
texts in the item as last saved. Listings filter on those rows ("needs Japanese",
"Japanese out of date") without deserialising any revision.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..rules.translation_freshness import Freshness
from ..translation_texts import (
    forget_last_saved,
    last_saved,
    record_translation_sources,
    refuse_unconfirmed_translations,
    translation_work,
)


class TranslationWork(models.Model):
    """A language of an item (as last saved) that still needs translation work of one kind:
    an item can have both a missing and an out-of-date text in the same language."""

    class Status(models.TextChoices):
        MISSING = "missing", _("missing")
        OUT_OF_DATE = "out_of_date", _("out of date")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveIntegerField()
    language = models.CharField(max_length=10)
    status = models.CharField(max_length=20, choices=Status.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language", "status"], name="one_row_per_language_and_status"
            )
        ]
        indexes = [models.Index(fields=["content_type", "language", "status"])]

    def __str__(self) -> str:
        return f"{self.content_type} {self.object_id}: {self.language} {self.status}"

    @classmethod
    def refresh_for(cls, item) -> None:
        """Replace ``item``'s rows with what its texts (as in memory) need now."""
        content_type = ContentType.objects.get_for_model(item, for_concrete_model=False)
        needs = {
            (language, cls.Status.MISSING if status == Freshness.MISSING else cls.Status.OUT_OF_DATE)
            for _text, statuses in translation_work(item)
            for language, status in statuses.items()
        }
        cls.objects.filter(content_type=content_type, object_id=item.pk).delete()
        cls.objects.bulk_create(
            cls(content_type=content_type, object_id=item.pk, language=language, status=status)
            for language, status in sorted(needs)
        )

    @classmethod
    def ids_needing(cls, model, *, language: str, statuses=None):
        """The primary keys of ``model``'s items needing work in ``language`` (a subquery)."""
        rows = cls.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False), language=language
        )
        if statuses:
            rows = rows.filter(status__in=statuses)
        return rows.values("object_id")


class TracksTranslations(models.Model):
    """For models with revisions whose texts exist in every language (``translated_text_fields``,
    and, on pages, every block text of ``translated_block_fields``)."""

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
        TranslationWork.refresh_for(self)
        return revision
