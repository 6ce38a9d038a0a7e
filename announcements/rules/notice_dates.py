"""A notice's date, stated to the precision the editor knows it: a day, or only a month.

The SD3 notice is known to be from July 2024 but not which day. Showing
"July 1, 2024" would invent a fact, so a date carries its precision and every
output (page, listing, JSON-LD, feeds) formats it through here.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month only (the day is not known)")


@dataclass(frozen=True)
class NoticeDate:
    """A date and how much of it is known."""

    value: datetime.date
    precision: str = DatePrecision.DAY

    @property
    def is_month_only(self) -> bool:
        return self.precision == DatePrecision.MONTH

    @property
    def start(self) -> datetime.date:
        """The first day the date may stand for."""
        return self.value.replace(day=1) if self.is_month_only else self.value

    def isoformat(self) -> str:
        """ISO 8601 at the known precision: ``2024-07`` or ``2024-07-12`` (also a valid HTML ``<time>``)."""
        return self.start.strftime("%Y-%m") if self.is_month_only else self.value.isoformat()

    def display(self) -> str:
        """For readers, in the active language: "July 2024" / "2024年7月", or "July 12, 2024"."""
        return formats.date_format(self.value, "YEAR_MONTH_FORMAT" if self.is_month_only else "DATE_FORMAT")

    def __str__(self) -> str:
        return self.display()

    def contains(self, day: datetime.date) -> bool:
        if self.is_month_only:
            return (day.year, day.month) == (self.value.year, self.value.month)
        return day == self.value

    def published_at(
        self, first_published_at: datetime.datetime | None, *, not_before: datetime.date | None = None
    ) -> datetime.datetime:
        """The moment feeds give as the publication time, which their formats require in full.

        The site's own first publication is used when it falls within the notice's date (it
        carries the real time). Otherwise, e.g. for a notice recorded after the fact: for a
        day, the first moment of it in the site's time zone; for a month known without its
        day, a moment inside that month in every time zone (a reader in UTC must not read
        June 30 for "July"), and not before ``not_before`` (the newest version the notice
        cites: it cannot have been published before it existed). Feeds also carry
        ``notice_date`` at its true precision.
        """
        zone = timezone.get_default_timezone()
        if self.is_month_only:
            return self._moment_in_the_month(first_published_at, not_before)
        if first_published_at is not None and self.contains(timezone.localtime(first_published_at, zone).date()):
            return first_published_at
        return timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min), zone)

    def _moment_in_the_month(self, first_published_at, not_before) -> datetime.datetime:
        utc = datetime.UTC
        # The month has begun everywhere once it has begun at UTC-12, and not yet ended
        # anywhere until it ends at UTC+14.
        first_day = self.start
        next_month = (first_day + datetime.timedelta(days=32)).replace(day=1)
        earliest = datetime.datetime.combine(first_day, datetime.time(12), utc)
        latest = datetime.datetime.combine(next_month, datetime.time.min, utc) - datetime.timedelta(hours=14)
        if first_published_at is not None and earliest <= first_published_at < latest:
            return first_published_at
        moment = earliest
        if not_before is not None and self.contains(not_before):
            moment = max(moment, datetime.datetime.combine(not_before, datetime.time(12), utc))
        return min(moment, latest - datetime.timedelta(seconds=1))
