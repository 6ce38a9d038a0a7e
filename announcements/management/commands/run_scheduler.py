import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Publish and expire scheduled pages every minute, in this process: what Celery beat does in "
        "production, for `make run`, which needs no broker. Stop it with Ctrl-C."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between two runs (default 60).")
        parser.add_argument("--once", action="store_true", help="Run once and stop.")

    def handle(self, *args, interval: int, once: bool, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        self.stdout.write(f"Scheduled publishing: checking every {interval} s.")
        while True:
            # Wagtail's own command: go-live and expiry times of every page and revision.
            call_command("publish_scheduled", stdout=self.stdout)
            if once:
                return
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                return
