"""The outbox (one row per side effect to perform, written with the change that caused it),
and the approval task of the site's workflows (``approval``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .approval import TranslationCheckedApprovalTask

__all__ = ["SideEffect", "TranslationCheckedApprovalTask"]


class SideEffect(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent to a worker")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=50)
    payload = models.JSONField(_("payload"), default=dict, blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    source = models.CharField(_("source"), max_length=200, help_text=_("What changed, e.g. announcement 5 published."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    dispatched_at = models.DateTimeField(_("sent"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("side effect")
        verbose_name_plural = _("side effects")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"], name="side_effect_status_created")]

    def __str__(self) -> str:
        return f"{self.kind} ({self.source})"
