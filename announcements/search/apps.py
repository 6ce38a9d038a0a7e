from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "announcements.search"
    # Not "search": wagtail.search already answers to "wagtailsearch", and a plain label invites clashes.
    label = "announcements_search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"
