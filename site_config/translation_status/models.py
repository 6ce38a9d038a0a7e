"""Translation status of every bilingual item (pages, FAQs, license versions), queryable.

Each save of a revision records what each language's wording was made from
(``site_config.translation_status.tracking``); after it, the item's rows here are
refreshed: one row per language that has missing or out-of-date texts in the item as last
saved. Listings filter on those rows ("needs Japanese", "Japanese out of date") without
deserialising any revision (``listings``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .freshness import Freshness
from .texts import translation_work


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
        db_table = "announcements_translationwork"  # where it was first created
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language", "status"], name="one_row_per_language_and_status"
            )
        ]
        indexes = [models.Index(fields=["content_type", "language", "status"], name="announcemen_content_b8554e_idx")]

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
