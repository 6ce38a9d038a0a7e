"""Admin panels: the translation status of the page being edited."""

from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel, PublishingPanel

from .translation_texts import translation_work


class TranslationStatusPanel(Panel):
    """Which texts still need translation work, per language: missing, or out of date
    because another language changed after this one was last written. Empty when all
    is up to date. Reads the page as last saved (the form's instance)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "announcements/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["work"] = translation_work(self.instance) if self.instance.pk else []
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


def site_time_zone_note() -> str:
    """e.g. "Site time: Asia/Tokyo (JST, UTC+09:00); 09:00 here is 00:00 UTC."""
    now = timezone.localtime()
    offset = now.strftime("%z")
    return gettext("Site time: %(zone)s (%(abbreviation)s, UTC%(offset)s).") % {
        "zone": timezone.get_current_timezone_name(),
        "abbreviation": now.tzname(),
        "offset": f"{offset[:3]}:{offset[3:]}",
    }


class SiteTimePublishingPanel(PublishingPanel):
    """Wagtail's schedule dialog, with the time zone its times are in written under each."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for child in self.children:
            child.help_text = lazy(site_time_zone_note, str)()
