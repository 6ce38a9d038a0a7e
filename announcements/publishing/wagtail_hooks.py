from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SideEffectListView


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
