"""Tags for reading pages: relative dates and citations in the reader's language (no queries)."""

import datetime

from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from announcements.rules.notice_dates import NoticeDate

register = template.Library()


@register.filter
def since(value: NoticeDate | datetime.date | None, now: datetime.date | None = None) -> str:
    """How long ago a date was, e.g. "2 weeks ago" / "2週間前"; "today" for today, and
    "this month" for a month-only date in the current month."""
    if not value:
        return ""
    today = now or timezone.localdate()
    if isinstance(value, NoticeDate):
        if value.is_month_only and value.contains(today):
            return _("this month")
        value = value.start
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if value >= today:
        return _("today")
    if (today - value).days == 1:
        return _("yesterday")
    # timesince's own wording ("1 year, 2 months" / "1年2ヶ月") is translated by Django.
    return _("%(time)s ago") % {"time": timesince(value, today, depth=1)}


@register.simple_tag
def cited_as(version, clause=None) -> str:
    """The citation of ``version`` (and ``clause``) as the site writes it (``LicenseVersion.cited_as``)."""
    return version.cited_as(clause)
