from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FAQ, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    add_to_admin_menu = True
    menu_order = 300


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = _("FAQs")
    list_display = ["question", "topic", "sort_order"]
    list_filter = ["topic"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(TopicViewSet)
register_snippet(FAQViewSet)
