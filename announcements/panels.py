"""Admin panels: Wagtail's schedule dialog with the site's time zone written under it."""

from django.conf import settings
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.panels import PublishingPanel


def site_time_zone_note() -> str:
    """The time zone the schedule dialog's times are in: the site's ("Site time: Asia/Tokyo
    (JST, UTC+09:00).") or, for an editor who chose their own in their account, theirs
    ("Your time zone: Europe/London (GMT, UTC+00:00).")."""
    now = timezone.localtime()
    offset = now.strftime("%z")
    zone = timezone.get_current_timezone_name()
    note = (
        gettext("Site time: %(zone)s (%(abbreviation)s, UTC%(offset)s).")
        if zone == settings.TIME_ZONE
        else gettext("Your time zone: %(zone)s (%(abbreviation)s, UTC%(offset)s).")
    )
    return note % {"zone": zone, "abbreviation": now.tzname(), "offset": f"{offset[:3]}:{offset[3:]}"}


class SiteTimePublishingPanel(PublishingPanel):
    """Wagtail's schedule dialog, with the time zone its times are in written under each."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for child in self.children:
            child.help_text = lazy(site_time_zone_note, str)()
