"""Filters for reading pages: relative dates in the reader's language (no queries)."""

import datetime

from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def since(value: datetime.date | None, now: datetime.date | None = None) -> str:
    """How long ago a date was, e.g. "2 weeks ago" / "2週間前"; "today" for today."""
    if not value:
        return ""
    today = now or timezone.localdate()
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if value >= today:
        return _("today")
    if (today - value).days == 1:
        return _("yesterday")
    # timesince's own wording ("1 year, 2 months" / "1年2ヶ月") is translated by Django.
    return _("%(time)s ago") % {"time": timesince(value, today, depth=1)}
