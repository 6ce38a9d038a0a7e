"""Admin panels: Wagtail's schedule dialog with the site's time zone written under it."""

from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.panels import PublishingPanel


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
