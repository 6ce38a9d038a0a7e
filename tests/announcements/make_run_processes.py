"""Processes with the `make run` settings on a SQLite file, for the concurrent-editing test.

``python -m tests.announcements.make_run_processes serve PORT`` loads the SD3 notice and an
admin account into the database and serves it with Django's development server, as
`make run` does (threaded, no reloader). ``... publish SECONDS`` publishes the SD3 notice
from code again and again for that long, as scheduled publishing does beside the server,
and prints how many publishes it made. Both read DATABASE_URL and ADMIN_PASSWORD.
"""

import sys
import time
from io import StringIO


def serve(port: str) -> None:
    from django.core.management import call_command

    call_command("load_sd3_notice", stdout=StringIO())
    call_command("ensure_admin", stdout=StringIO())
    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, skip_checks=True)


def publish(seconds: str) -> None:
    from announcements.models import AnnouncementPage
    from announcements.publishing.after_response import wait_until_idle

    deadline = time.monotonic() + float(seconds)
    published = 0
    while time.monotonic() < deadline:
        page = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
        page.save_revision().publish()
        published += 1
        # Its side effects run on this process's background thread; let them finish before
        # the next publish, as scheduled publishing (once a minute) would, not pile up.
        wait_until_idle()
    print(f"published {published}")


if __name__ == "__main__":
    import django

    django.setup()
    command, argument = sys.argv[1:3]
    {"serve": serve, "publish": publish}[command](argument)
