"""The Wagtail admin in each editor's own language where Wagtail 8.0 fixes a text once, in
whatever language was active then: a snippet chooser's "Choose …" / "Edit this …"
(formatted when the chooser is made: at start-up for foreign keys, at first use for a
chooser block) and the snippet views' "Home" breadcrumb (read with ``gettext`` when the
viewset is built). Each is made again here, translated when the page is drawn.
"""

from django.db.models import ForeignKey
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.widgets import AdminSnippetChooser


def _formatted(msgid: str, name) -> str:
    return gettext(msgid) % {"object": name}


# The msgids are Wagtail's own, translated by its catalogue (or locale/wagtail_admin/).
formatted_lazily = lazy(_formatted, str)


class SnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, its texts in the language of whoever opens the form."""

    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        name = self.model._meta.verbose_name
        self.choose_one_text = formatted_lazily("Choose %(object)s", name)
        self.choose_another_text = formatted_lazily("Choose another %(object)s", name)
        self.link_to_chosen_text = formatted_lazily("Edit this %(object)s", name)


def choose_in_the_editors_language(*models) -> None:
    """Replace the chooser Wagtail registered for foreign keys to each snippet model; call
    it after registering the snippets."""
    for model in models:
        register_form_field_override(ForeignKey, to=model, override={"widget": SnippetChooser(model=model)})


class BreadcrumbsInTheEditorsLanguage:
    """For a SnippetViewSet: its breadcrumbs ("Home", "Snippets") translated when drawn."""

    @property
    def breadcrumbs_items(self):
        # Each label was read in the default language, English: Wagtail's own msgid.
        return [{**item, "label": gettext_lazy(str(item["label"]))} for item in super().breadcrumbs_items]
