"""An admin chooser for license clauses and the StreamField block built on it.

Clauses live inline on their version and are not snippets of their own, so a
generic chooser lets a citation block pick one without a separate admin menu.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class LicenseClauseChooserViewSet(ChooserViewSet):
    model = "licenses.LicenseClause"
    icon = "list-ol"
    choose_one_text = _("Choose a clause")
    choose_another_text = _("Choose another clause")
    edit_item_text = _("Edit the version")
    url_filter_parameters = ["version"]
    per_page = 30


license_clause_chooser_viewset = LicenseClauseChooserViewSet("license_clause_chooser")
LicenseClauseChooserBlock = license_clause_chooser_viewset.get_block_class(
    name="LicenseClauseChooserBlock", module_path="licenses.choosers"
)
