"""The search index: one row per public item and language, rebuilt from the public selector."""

from django.db import models


class SearchDocument(models.Model):
    """One announcement, FAQ or license clause as a reader of one language finds it.

    ``normalised`` holds the title and text normalised as queries are
    (``announcements.search.text.normalise``); ``title`` and ``text`` are what readers see.
    """

    class Kind(models.TextChoices):
        ANNOUNCEMENT = "announcement"
        FAQ = "faq"
        CLAUSE = "clause"

    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.BigIntegerField()
    title = models.TextField()
    text = models.TextField(blank=True)
    normalised_title = models.TextField()
    normalised = models.TextField()
    # What the item belongs to, shown beside its kind (a clause's license version).
    source = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, blank=True)
    # Where the item stands among its kind in the site's own order (newest first, sort order).
    position = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "kind", "object_id"], name="one_search_document_per_item")
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_document_language_kind")]

    def __str__(self) -> str:
        return f"{self.language} {self.kind} {self.object_id}: {self.title}"
