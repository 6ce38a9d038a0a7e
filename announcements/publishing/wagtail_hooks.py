from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from site_config.i18n import language_name

from . import copy_form
from .admin_views import SideEffectListView
from .translation_gate import CONFIRMED_LOG_ACTION


@hooks.register("register_admin_urls")
def register_side_effect_urls():
    return [path("side-effects/", SideEffectListView.as_view(), name="publishing_side_effects")]


class SideEffectMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("publishing.view_sideeffect")


@hooks.register("register_settings_menu_item")
def register_side_effect_menu_item():
    return SideEffectMenuItem(
        _("Publishing side effects"), reverse("publishing_side_effects"), icon_name="cogs", order=900
    )


@hooks.register("register_log_actions")
def register_translation_confirmation(actions):
    @actions.register_action(CONFIRMED_LOG_ACTION)
    class TranslationsConfirmed(LogFormatter):
        label = _("Confirm translations")

        def format_message(self, log_entry):
            languages = ", ".join(language_name(code) for code in log_entry.data.get("languages", []))
            return _("Confirmed that the translation still says the same: %(languages)s") % {"languages": languages}


# Before wagtail-modeltranslation's copy view, which would otherwise meet the refusal
# only as a message after the form is gone.
hooks.register("before_copy_page", copy_form.refuse_on_the_form, order=-1)
