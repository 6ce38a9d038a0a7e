from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import license_clause_chooser_viewset
from .models import License, LicenseVersion


class LicenseViewSet(SnippetViewSet):
    model = License
    icon = "doc-full"
    list_display = ["name", "licensor", "slug"]


class LicenseVersionViewSet(SnippetViewSet):
    model = LicenseVersion
    icon = "history"
    list_display = ["label", "license", "effective_date", "supersedes"]
    list_filter = ["license"]


class LicensesGroup(SnippetViewSetGroup):
    items = (LicenseViewSet, LicenseVersionViewSet)
    menu_icon = "doc-full"
    menu_label = _("Licenses")
    menu_name = "licenses"


register_snippet(LicensesGroup)


@hooks.register("register_admin_viewset")
def register_license_clause_chooser():
    return license_clause_chooser_viewset
