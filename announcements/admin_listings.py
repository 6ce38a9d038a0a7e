"""The announcements' and FAQs' listings, with each language's translation status."""

from django.db.models import QuerySet
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet

from site_config.translation_status.listings import TranslationFilter, translation_columns, with_translation_status

from .models import FAQ, AnnouncementPage


class AnnouncementFilterSet(PageFilterSet):
    translation = TranslationFilter()

    class Meta(PageFilterSet.Meta):
        model = AnnouncementPage


class AnnouncementListingView(IndexView):
    def get_base_queryset(self):
        return with_translation_status(super().get_base_queryset(), AnnouncementPage)


ANNOUNCEMENT_COLUMNS = [*IndexView.base_columns, *translation_columns()]


class FAQFilterSet(WagtailFilterSet):
    translation = TranslationFilter()

    class Meta:
        model = FAQ
        fields = ["topic", "live"]


def faqs_with_translation_status() -> QuerySet[FAQ]:
    return with_translation_status(FAQ.objects.select_related("topic"), FAQ)
