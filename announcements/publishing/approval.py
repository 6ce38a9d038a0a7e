"""The approval task of the site's workflows: Wagtail's group approval, which asks the
moderator to confirm any language that may no longer say the same as the others.

Approving publishes the object's newest revision, through the publish action's own
translation check (``translation_gate``). When that revision has a language out of date,
"Approve" opens a dialog listing the texts concerned with a box to confirm them; the
confirmation is recorded in the revision, with the moderator's name, before it is
published. Approving without it is refused like any other publication.
"""

from django import forms
from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.workflow import WorkflowAction
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


def workflow_action_message(task_state) -> str | None:
    """What the moderator is told once a workflow action is done (Wagtail's dialogs on the
    dashboard and listings reload the page in silence)."""
    obj = task_state.workflow_state.content_object
    title = obj.get_admin_display_title() if hasattr(obj, "get_admin_display_title") else str(obj)
    if task_state.status == task_state.STATUS_APPROVED:
        if getattr(obj, "live", False) and obj.live_revision_id == obj.latest_revision_id:
            return _("“%(title)s” was approved and published.") % {"title": title}
        return _("“%(title)s” was approved.") % {"title": title}
    if task_state.status == task_state.STATUS_REJECTED:
        return _("Changes were requested for “%(title)s”.") % {"title": title}
    return None


def confirm_workflow_actions_with_a_message() -> None:
    """Add the message to Wagtail's workflow action view (pages and snippets share it)."""
    post = WorkflowAction.__dict__["post"]
    if getattr(post, "confirms_with_a_message", False):
        return

    def post_and_confirm(self, request, *args, **kwargs):
        response = post(self, request, *args, **kwargs)
        self.task_state.refresh_from_db()
        self.task_state.workflow_state.content_object.refresh_from_db()
        if message := workflow_action_message(self.task_state):
            messages.success(request, message)
        return response

    post_and_confirm.confirms_with_a_message = True
    WorkflowAction.post = post_and_confirm
