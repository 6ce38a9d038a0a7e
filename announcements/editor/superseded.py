"""Editors are told when a new license version supersedes one that live content cites."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from announcements.public.superseded import items_citing_superseded_versions
from licenses.models import LicenseVersion
from site_config.public_urls import public_base_url

# Who is told: the people who publish (Wagtail's Moderators group) and administrators.
NOTIFIED_GROUP = "Moderators"


class SupersededCitationsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "announcements/admin/superseded_citations.html"
    header_icon = "history"

    def get_page_title(self):
        return _("Citations of superseded versions")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "items": items_citing_superseded_versions()}


def edit_url(citing) -> str:
    if citing.kind == "announcement":
        return reverse("wagtailadmin_pages:edit", args=[citing.item.pk])
    return reverse("wagtailsnippets_announcements_faq:edit", args=[citing.item.pk])


def notify_editors_of_superseded_citations(*, version_id: int) -> int:
    """Email the editors who publish about the live items citing the version that
    ``version_id`` superseded. Returns how many were told (none when nothing cites it)."""
    superseded_id = LicenseVersion.objects.filter(pk=version_id).values_list("supersedes_id", flat=True).first()
    with translation.override(settings.LANGUAGE_CODE):
        items = [
            citing
            for citing in items_citing_superseded_versions()
            if any(citation.version.pk == superseded_id for citation in citing.citations)
        ]
        if not items:
            return 0
        recipients = list(
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=NOTIFIED_GROUP), is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
            .distinct()
        )
        if not recipients:
            return 0
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        body = render_to_string(
            "announcements/admin/superseded_citations_email.txt",
            {
                "items": [(citing, base + edit_url(citing)) for citing in items],
                "report_url": base + reverse("superseded_citations"),
                "public_base_url": public_base_url(),
            },
        )
        subject = _("A newer license version affects %(count)d published items") % {"count": len(items)}
        send_mail(subject, body, None, recipients)
    return len(recipients)
