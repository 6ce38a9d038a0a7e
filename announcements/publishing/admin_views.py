"""An admin screen of side effects that are waiting or failed, with a way to retry them."""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import tasks
from .effects import KIND_LABELS
from .models import SideEffect

Status = SideEffect.Status
EVENTS = {
    "published": _("published"),
    "unpublished": _("unpublished"),
    "deleted": _("deleted"),
    "created": _("created"),
    "changed": _("changed"),
    "supersedes a version": _("supersedes a version"),
}
SHOWN_STATUSES = {"open": [Status.PENDING, Status.SENT, Status.FAILED], "failed": [Status.FAILED], "all": None}


def source_label(source: str) -> str:
    """ "announcements.announcementpage 10 published" -> "Announcement 10: published", in the editor's language."""
    label, _space, rest = source.partition(" ")
    pk, _space, event = rest.partition(" ")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return source
    return f"{capfirst(model._meta.verbose_name)} {pk}: {EVENTS.get(event, event)}"


class SideEffectListView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "publishing.view_sideeffect"
    template_name = "publishing/side_effects.html"
    page_title = _("Publishing side effects")
    header_icon = "cogs"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        # The header shows the last breadcrumb: this screen's title after "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        shown = self.request.GET.get("show", "open")
        if shown not in SHOWN_STATUSES:
            shown = "open"
        effects = SideEffect.objects.all()
        if SHOWN_STATUSES[shown] is not None:
            effects = effects.filter(status__in=SHOWN_STATUSES[shown])
        context["page_obj"] = Paginator(effects, self.paginate_by).get_page(self.request.GET.get("p"))
        context["rows"] = [
            (effect, KIND_LABELS.get(effect.kind, effect.kind), source_label(effect.source))
            for effect in context["page_obj"]
        ]
        context["shown"] = shown
        context["counts"] = {status.label: SideEffect.objects.filter(status=status).count() for status in Status}
        context["can_retry"] = self.request.user.has_perm("publishing.change_sideeffect")
        return context

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("publishing.change_sideeffect"):
            return self.handle_no_permission()
        if request.POST.get("all_failed"):
            ids = SideEffect.objects.filter(status=Status.FAILED).values_list("pk", flat=True)
        else:
            ids = [int(pk) for pk in request.POST.getlist("id") if pk.isdigit()]
        if not ids:
            messages.error(request, _("Choose at least one side effect to retry."))
            return redirect(reverse("publishing_side_effects"))
        sent = tasks.retry(ids)
        messages.success(
            request,
            ngettext("%(count)d side effect was sent again.", "%(count)d side effects were sent again.", sent)
            % {"count": sent},
        )
        if sent < len(list(ids)):
            messages.warning(request, _("The task queue is unreachable; the rest will be sent when it returns."))
        return redirect(reverse("publishing_side_effects"))
