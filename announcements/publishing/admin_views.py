"""An admin screen of side effects that are waiting or failed, with a way to retry them."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

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


@dataclass(frozen=True)
class Happening:
    """What a side effect did, in words: "Retire cached pages and feeds after announcement
    “SD3 is un-banned” was published", with a link to edit what changed when it still exists."""

    effect: str
    what: str  # e.g. announcement “SD3 is un-banned”, or "announcement 5" once deleted
    event: str
    edit_url: str | None


def _parse(source: str):
    label, _space, rest = source.partition(" ")
    pk, _space, event = rest.partition(" ")
    try:
        return apps.get_model(label), pk, event
    except (LookupError, ValueError):
        return None, pk, event


def _edit_url(obj) -> str | None:
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    viewset = getattr(obj, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[obj.pk]) if viewset is not None else None


def describe_effects(effects) -> list[Happening]:
    """One query per kind of changed object, however many effects are listed."""
    parsed = [_parse(effect.source) for effect in effects]
    wanted: dict = {}
    for model, pk, _event in parsed:
        if model is not None and pk.isdigit():
            wanted.setdefault(model, set()).add(int(pk))
    found = {}
    for model, pks in wanted.items():
        objects = model.objects.filter(pk__in=pks)
        if issubclass(model, Page):
            objects = objects.specific()
        found.update({(model, obj.pk): obj for obj in objects})
    happenings = []
    for effect, (model, pk, event) in zip(effects, parsed, strict=True):
        kind = KIND_LABELS.get(effect.kind, effect.kind)
        if model is None:
            happenings.append(Happening(kind, effect.source, "", None))
            continue
        obj = found.get((model, int(pk))) if pk.isdigit() else None
        name = model._meta.verbose_name
        if obj is None:
            what = f"{name} {pk}"
        else:
            title = obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)
            what = gettext("%(kind)s “%(title)s”") % {"kind": name, "title": title}
        happenings.append(Happening(kind, what, EVENTS.get(event, event), _edit_url(obj) if obj else None))
    return happenings


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
        effects = list(context["page_obj"])
        context["rows"] = list(zip(effects, describe_effects(effects), strict=True))
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
