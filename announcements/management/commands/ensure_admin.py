import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first admin account if no superuser exists yet. Takes ADMIN_USERNAME, "
        "ADMIN_PASSWORD and ADMIN_EMAIL from the environment; without a password, generates one "
        "and prints it once."
    )

    def handle(self, *args, **options):
        user_model = get_user_model()
        if user_model.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin account already exists; leaving accounts as they are.")
            return
        username = os.environ.get("ADMIN_USERNAME") or "admin"
        password = os.environ.get("ADMIN_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        # A name and an email: Wagtail's account settings require them before any change
        # (e.g. the admin's language) can be saved.
        user_model.objects.create_superuser(
            username=username,
            email=os.environ.get("ADMIN_EMAIL") or f"{username}@localhost",
            password=password,
            first_name="Site",
            last_name="Administrator",
        )
        self.stdout.write(self.style.SUCCESS(f"Created admin account {username!r}."))
        if generated:
            self.stdout.write(f"  Password (shown only now): {password}")
