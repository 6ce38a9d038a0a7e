from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "announcements.publishing"
    label = "publishing"
    verbose_name = _("Publishing side effects")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import after_response, approval, one_transaction, signal_handlers, translation_gate

        one_transaction.publish_and_unpublish_atomically()
        translation_gate.check_translations_when_publishing()
        approval.confirm_workflow_actions_with_a_message()
        signal_handlers.connect()
        after_response.connect()
