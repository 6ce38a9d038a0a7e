"""An admin report of every page that needs translation work, with links to edit it."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from site_config.i18n import language_codes

from .models import BilingualPage
from .translation_texts import translation_work


def pages_needing_translation(*, language: str | None = None) -> list[tuple]:
    """[(page as last saved, [(text, {language: status})])] for every bilingual page with
    work left, only that language's work when ``language`` is given."""
    rows = []
    for page in Page.objects.type(*BilingualPage.__subclasses__()).specific().order_by("path"):
        draft = page.get_latest_revision_as_object() if page.latest_revision_id else page
        work = [
            (text, {code: status for code, status in statuses.items() if language in (None, code)})
            for text, statuses in translation_work(draft)
        ]
        work = [(text, statuses) for text, statuses in work if statuses]
        if work:
            rows.append((draft, work))
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
        context["rows"] = pages_needing_translation(language=language)
        context["language"] = language
        context["languages"] = language_codes()
        return context
