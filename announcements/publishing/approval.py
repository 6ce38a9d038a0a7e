"""The approval task of the site's workflows: Wagtail's group approval, which asks the
moderator to confirm any language that may no longer say the same as the others.

Approving publishes the object's newest revision, through the publish action's own
translation check (``translation_gate``). When that revision has a language out of date,
"Approve" opens a dialog listing the texts concerned with a box to confirm them; the
confirmation is recorded in the revision, with the moderator's name, before it is
published. Approving without it is refused like any other publication.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask

from site_config.translation_status.texts import unconfirmed_out_of_date

from .translation_gate import confirm_translations


class ApprovalForm(TaskStateCommentForm):
    # Wagtail's label is translated once, at start-up, in English.
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))
    translations_checked = forms.BooleanField(
        label=_("I have checked the translations listed above: they still say the same"),
        required=False,
    )


def translations_to_confirm(obj) -> dict[str, list[str]]:
    """``{language: [text labels]}`` that approving ``obj`` now would have to confirm."""
    revision = obj.get_latest_revision()
    return unconfirmed_out_of_date(revision.as_object()) if revision is not None else {}


class TranslationCheckedApprovalTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve; out-of-date translations are confirmed on the way."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and translations_to_confirm(obj):
            # One approve action, always through the dialog that asks for the confirmation.
            actions = [action for action in actions if action[0] != "approve"]
            actions.append(("approve", _("Approve and confirm translations"), True))
        return actions

    def get_form_for_action(self, action):
        return ApprovalForm if action == "approve" else super().get_form_for_action(action)

    def get_template_for_action(self, action):
        return "publishing/approve_modal.html" if action == "approve" else super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        confirmed = kwargs.pop("translations_checked", False)
        if action_name == "approve" and confirmed:
            obj = task_state.workflow_state.content_object
            confirm_translations(obj.get_latest_revision(), user=user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; any translation that may be out of date is confirmed first")

    class Meta:
        verbose_name = _("Approval with translation check")
        verbose_name_plural = _("Approvals with translation check")
