from django.http import HttpResponseGone
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.rich_text.converters.html_to_contentstate import ExternalLinkElementHandler
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site_config.admin_language import BreadcrumbsInTheEditorsLanguage, choose_in_the_editors_language
from site_config.i18n import language_codes, language_name
from site_config.translation_status.listings import translation_columns

from .admin_listings import (
    ANNOUNCEMENT_COLUMNS,
    AnnouncementFilterSet,
    AnnouncementListingView,
    FAQFilterSet,
    faqs_with_translation_status,
)
from .admin_views import TranslationReportView
from .editor.draftail_links import SafePageLinkElementHandler, link_entity
from .editor.new_pages import bilingual_page_viewsets
from .editor.superseded import SupersededCitationsView
from .models import FAQ, AnnouncementIndexPage, AnnouncementPage, Topic
from .public.page_links import SafePageLinkHandler


class TopicViewSet(BreadcrumbsInTheEditorsLanguage, SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    add_to_admin_menu = True
    menu_order = 300


class FAQViewSet(BreadcrumbsInTheEditorsLanguage, SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = _("FAQs")
    list_display = ["question", "topic", "sort_order", *translation_columns()]
    filterset_class = FAQFilterSet
    add_to_admin_menu = True
    menu_order = 310

    def get_queryset(self, request):
        return faqs_with_translation_status()


class AnnouncementListingViewSet(PageListingViewSet):
    """Every announcement in one flat list, with each language's translation status."""

    model = AnnouncementPage
    index_view_class = AnnouncementListingView
    icon = "doc-full-inverse"
    menu_label = _("Announcements")
    add_to_admin_menu = True
    menu_order = 150
    columns = ANNOUNCEMENT_COLUMNS
    filterset_class = AnnouncementFilterSet


register_snippet(TopicViewSet)
register_snippet(FAQViewSet)
choose_in_the_editors_language(Topic)


@hooks.register("register_admin_viewset")
def register_announcement_listing():
    return AnnouncementListingViewSet("announcements")


@hooks.register("register_admin_viewset")
def register_bilingual_page_views():
    return bilingual_page_viewsets()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path("reports/superseded-citations/", SupersededCitationsView.as_view(), name="superseded_citations"),
    ]


def no_translation_copy(request, page_id):
    """wagtail-modeltranslation's "copy content from another language" endpoint copies a
    per-language StreamField; this site has none, so there is nothing to copy. (410, not
    404: a 404 outside the language prefixes is redirected to /en/ by LocaleMiddleware.)"""
    return HttpResponseGone("Nothing to copy: this site has no per-language StreamFields.")


# Before wagtail-modeltranslation's own pattern for the same path (order 0), which answers
# 500 for any field that is not a per-language StreamField.
@hooks.register("register_admin_urls", order=-1)
def register_no_translation_copy():
    return [path("pages/<int:page_id>/edit/copy_translation_content/", no_translation_copy)]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translations to check"), reverse("translation_report"), icon_name="globe", order=50)


@hooks.register("register_reports_menu_item")
def register_superseded_citations_menu_item():
    return MenuItem(
        _("Citations of superseded versions"), reverse("superseded_citations"), icon_name="history", order=51
    )


@hooks.register("insert_editor_js")
def show_errors_in_every_language():
    # The languages' names in the editor's language, for naming them in the error summary.
    names = json_script({code: str(language_name(code)) for code in language_codes()}, "language-names")
    return format_html('{}<script src="{}"></script>', names, static("js/show-errors-in-every-language.js"))


@hooks.register("insert_editor_js")
def submit_after_autosave():
    return format_html('<script src="{}"></script>', static("js/submit-after-autosave.js"))


class WriteAnnouncementPanel(Component):
    """The dashboard's shortcut to the everyday task: write a new announcement."""

    name = "write_announcement"
    order = 50
    template_name = "announcements/admin/write_announcement_panel.html"

    def get_context_data(self, parent_context=None):
        index = AnnouncementIndexPage.objects.first()
        user = parent_context["request"].user
        can_add = index is not None and index.permissions_for_user(user).can_add_subpage()
        return {"index": index if can_add else None, "page_type": AnnouncementPage._meta}


@hooks.register("construct_homepage_panels")
def add_write_announcement_panel(request, panels):
    panels.insert(0, WriteAnnouncementPanel())


# After Wagtail's own registrations (order 0), which these replace: a stored page link whose
# id is not a number reads as a broken link, and a crafted LINK entity is written so that
# the field's check can refuse it (see announcements.rich_text_links).
@hooks.register("register_rich_text_features", order=100)
def read_page_links_safely(features):
    features.register_link_type(SafePageLinkHandler)
    features.register_converter_rule(
        "contentstate",
        "link",
        {
            "from_database_format": {
                "a[href]": ExternalLinkElementHandler("LINK"),
                'a[linktype="page"]': SafePageLinkElementHandler("LINK"),
            },
            "to_database_format": {"entity_decorators": {"LINK": link_entity}},
        },
    )
