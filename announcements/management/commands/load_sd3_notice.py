import datetime

from django.core.management.base import BaseCommand, CommandError

from announcements.seed.loader import load_sd3_notice


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date must be a date like 2024-07-10, not {value!r}.") from None


class Command(BaseCommand):
    help = (
        "Load the Stable Diffusion 3 un-ban notice in English and Japanese, the license versions "
        "it cites and its FAQs. Safe to run again: what already exists is kept as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=str,
            help="The notice's confirmed day (YYYY-MM-DD) when it is first created. Without it the "
            "notice is dated July 2024, to the month, as the source gives it; editors can set the day "
            "in the admin afterwards.",
        )

    def handle(self, *args, **options):
        notice_date = iso_date(options["date"]) if options["date"] else None
        report = load_sd3_notice(notice_date=notice_date, log=lambda message: self.stdout.write(f"  {message}"))
        summary = f"SD3 notice: {len(report.created)} created, {len(report.kept)} already present."
        self.stdout.write(self.style.SUCCESS(summary))
