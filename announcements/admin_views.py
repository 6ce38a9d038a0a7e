"""An admin report of every page, FAQ and license version that needs translation work,
with links to edit it."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from licenses.models import LicenseVersion
from site_config.i18n import language_codes
from site_config.translation_status.models import TranslationWork
from site_config.translation_status.texts import translation_work

from .models import FAQ


@dataclass(frozen=True)
class TranslationRow:
    item: object  # as last saved
    kind: str
    edit_url: str
    work: list[tuple]  # [(text, {language: status})]


def _edit_url(item) -> str:
    if isinstance(item, Page):
        return reverse("wagtailadmin_pages:edit", args=[item.pk])
    return reverse(item.snippet_viewset.get_url_name("edit"), args=[item.pk])


# Snippets with translation status, in the report's order after the pages.
SNIPPETS = (FAQ, LicenseVersion)


def items_needing_translation(*, language: str | None = None) -> list[TranslationRow]:
    """Every bilingual page, FAQ and license version with work left (only that language's
    work when ``language`` is given), as last saved. The recorded work finds them; only
    those items' latest revisions are read for the details."""
    needing = TranslationWork.objects.all()
    if language is not None:
        needing = needing.filter(language=language)
    ids = set(needing.values_list("content_type_id", "object_id"))
    snippet_types = {ContentType.objects.get_for_model(model).pk: model for model in SNIPPETS}
    page_ids = [pk for type_id, pk in ids if type_id not in snippet_types]
    items = list(Page.objects.filter(pk__in=page_ids).specific().order_by("path"))
    for type_id, model in snippet_types.items():
        items.extend(model.objects.filter(pk__in=[pk for kind, pk in ids if kind == type_id]))  # in their own order
    rows = []
    for item in items:
        draft = item.get_latest_revision_as_object() if item.latest_revision_id else item
        work = [
            (text, {code: status for code, status in statuses.items() if language in (None, code)})
            for text, statuses in translation_work(draft)
        ]
        work = [(text, statuses) for text, statuses in work if statuses]
        if work:
            rows.append(TranslationRow(draft, capfirst(item._meta.verbose_name), _edit_url(item), work))
    return rows


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "announcements/admin/translation_report.html"
    page_title = _("Translations to check")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        # The header shows the last breadcrumb: this screen's title after "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = self.request.GET.get("language")
        language = language if language in language_codes() else None
        context["rows"] = items_needing_translation(language=language)
        context["language"] = language
        context["languages"] = language_codes()
        return context
