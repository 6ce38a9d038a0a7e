"""An admin chooser for license clauses and the StreamField block built on it.

Clauses live inline on their version and are not snippets of their own, so a
generic chooser lets a citation block pick one without a separate admin menu.
The chooser follows the version chosen beside it (Wagtail's linked fields): in a
citation block and on a FAQ, it offers only that version's clauses.
"""

import unicodedata

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

from site_config.i18n import language_codes

# What a clause is found by: the license's name, the version's name and label, the
# clause's heading and key, in every language.
SEARCHED_FIELDS = [
    *(f"version__license__name_{code}" for code in language_codes()),
    *(f"version__name_{code}" for code in language_codes()),
    *(f"version__label_{code}" for code in language_codes()),
    *(f"heading_{code}" for code in language_codes()),
    "key",
]


class ClauseSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("License, version or clause, in any language")}),
    )

    def filter(self, objects):
        query = unicodedata.normalize("NFKC", self.cleaned_data.get("q") or "").strip()
        if not query:
            return objects
        # Every word must match one of the fields (e.g. "community 2 derivative").
        for word in query.split()[:10]:
            matches = Q()
            for field in SEARCHED_FIELDS:
                matches |= Q(**{f"{field}__icontains": word})
            objects = objects.filter(matches)
        self.is_searching, self.search_query = True, query
        return objects


class VersionFilterMixin:
    """``?version=<id>`` limits the list to one version (a bad value is ignored, never a 500)."""

    url_filter_parameters = []

    def get_object_list(self):
        return super().get_object_list().select_related("version__license")

    def filter_object_list(self, objects):
        version = self.request.GET.get("version", "")
        if version.isascii() and version.isdigit() and len(version) < 10:
            objects = objects.filter(version_id=int(version))
        return super().filter_object_list(objects)


class ClauseChooseView(VersionFilterMixin, ChooseView):
    filter_form_class = ClauseSearchForm


class ClauseChooseResultsView(VersionFilterMixin, ChooseResultsView):
    filter_form_class = ClauseSearchForm


class VersionLinkedChooser(BaseChooser):
    # The version input beside the clause input: "…-citation-version" in a block,
    # "id_cited_version" on a FAQ (the clause's own chooser id ends "clause-chooser").
    linked_fields = {"version": {"match": r"^.*(?=clause-chooser$)", "append": "version"}}


class LicenseClauseChooserViewSet(ChooserViewSet):
    model = "licenses.LicenseClause"
    icon = "list-ol"
    choose_one_text = _("Choose a clause")
    choose_another_text = _("Choose another clause")
    edit_item_text = _("Edit the version")
    choose_view_class = ClauseChooseView
    choose_results_view_class = ClauseChooseResultsView
    base_widget_class = VersionLinkedChooser
    preserve_url_parameters = ["multiple", "version"]
    per_page = 30


license_clause_chooser_viewset = LicenseClauseChooserViewSet("license_clause_chooser")
LicenseClauseChooserBlock = license_clause_chooser_viewset.get_block_class(
    name="LicenseClauseChooserBlock", module_path="licenses.choosers"
)
