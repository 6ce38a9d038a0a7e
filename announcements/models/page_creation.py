"""Which of the admin's "new page" forms made a page.

Wagtail 8 autosaves a new page's form while the editor types; the first autosave creates
the page and tells the browser to send the form to the page's edit view from then on. A
Save draft or Publish click sent before the browser has heard back posts the *create*
form a second time. Each create form carries a token of its own (``BilingualPageForm``);
recording which page a token made lets that second post be recognised as the same page
(``announcements.editor.new_pages``) instead of a new one.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageCreation(models.Model):
    """One row per page created from the admin's create form: the form's token and the page."""

    form_token = models.UUIDField(primary_key=True, verbose_name=_("form token"))
    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    # True when the editor's own Save draft or Publish made the page, False for an autosave:
    # an autosave of the same form that arrives afterwards never overrides that click
    # (announcements.editor.new_pages).
    by_click = models.BooleanField(default=False, verbose_name=_("made by a click"))

    class Meta:
        verbose_name = _("page creation")
        verbose_name_plural = _("page creations")

    def __str__(self):
        return f"{self.page_id} from form {self.form_token}"
