"""An admin screen of side effects that are waiting or failed, with a way to retry them."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import tasks
from .models import SideEffect

Status = SideEffect.Status
SHOWN_STATUSES = {"open": [Status.PENDING, Status.SENT, Status.FAILED], "failed": [Status.FAILED], "all": None}


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
