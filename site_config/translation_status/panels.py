"""The edit view's translation status panel, for every model that tracks translations."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel

from .texts import translation_work


class TranslationStatusPanel(Panel):
    """Which texts still need translation work, per language: missing, or out of date
    because another language changed after this one was last written. Empty when all
    is up to date. Reads the page as last saved (the form's instance)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "announcements/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["saved"] = self.instance.pk is not None
            context["work"] = translation_work(self.instance) if context["saved"] else []
            return context

    @property
    def clean_name(self):
        return "translation_status"


# At the top of every bilingual page's content: the status, and the box an editor ticks
# after checking a language that still says the same (BilingualPageForm.translations_checked).
TRANSLATION_STATUS_PANELS = [
    MultiFieldPanel(
        [TranslationStatusPanel(), FieldPanel("translations_checked")],
        heading=_("Translation status"),
        classname="collapsible",
    )
]
