import django_filters
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.widgets import BooleanRadioSelect, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from site_config.admin_language import BreadcrumbsInTheEditorsLanguage, choose_in_the_editors_language
from site_config.translation_status.listings import TranslationFilter, translation_columns, with_translation_status

from .admin_views import NewVersionView
from .choosers import license_clause_chooser_viewset
from .models import License, LicenseVersion


class LicenseViewSet(BreadcrumbsInTheEditorsLanguage, SnippetViewSet):
    model = License
    icon = "doc-full"
    list_display = ["name", "licensor", "slug"]


class LicenseVersionFilterSet(WagtailFilterSet):
    translation = TranslationFilter()
    to_check = django_filters.BooleanFilter(
        label=_("Has clauses to check"), method="filter_to_check", widget=BooleanRadioSelect
    )

    class Meta:
        model = LicenseVersion
        fields = ["license"]

    def filter_to_check(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(clauses_to_check__gt=0) if value else queryset.filter(clauses_to_check=0)


class LicenseVersionViewSet(BreadcrumbsInTheEditorsLanguage, SnippetViewSet):
    model = LicenseVersion
    icon = "history"
    list_display = [
        "label",
        "license",
        "effective_date",
        "supersedes",
        # Clauses copied into this version whose summaries nobody has checked yet, in any language.
        Column("clauses_to_check", label=_("Clauses to check")),
        *translation_columns(),
        LiveStatusTagColumn(label=_("Status")),  # a new version is a draft until published
    ]
    filterset_class = LicenseVersionFilterSet

    def get_queryset(self, request):
        versions = LicenseVersion.objects.select_related("license", "supersedes").annotate(
            clauses_to_check=Count("clauses", filter=Q(clauses__carried_over=True))
        )
        return with_translation_status(versions, LicenseVersion)

    # A plain copy kept the old labels and the old predecessor; "New version from this one" replaces it.
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("new-version/<int:pk>/", NewVersionView.as_view(), name="new_version")]


class LicensesGroup(SnippetViewSetGroup):
    items = (LicenseViewSet, LicenseVersionViewSet)
    menu_icon = "doc-full"
    menu_label = _("Licenses")
    menu_name = "licenses"


register_snippet(LicensesGroup)
choose_in_the_editors_language(License, LicenseVersion)


@hooks.register("register_admin_viewset")
def register_license_clause_chooser():
    return license_clause_chooser_viewset


@hooks.register("register_snippet_listing_buttons")
def new_version_button(snippet, user, next_url=None):
    if isinstance(snippet, LicenseVersion) and user.has_perm("licenses.add_licenseversion"):
        url = reverse("wagtailsnippets_licenses_licenseversion:new_version", args=[snippet.pk])
        yield ListingButton(_("New version from this one"), url, icon_name="copy", priority=15)
