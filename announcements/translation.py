"""Reader-facing announcement texts exist in English and Japanese.

wagtail-modeltranslation already translates every page's title, slug, SEO title,
search description and url_path; only this app's own fields are registered here.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import FAQ, AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate, FAQPage, Topic

BOTH_LANGUAGES = ("en", "ja")


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)
    required_languages = BOTH_LANGUAGES


@register(AnnouncementIndexPage)
class AnnouncementIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(AnnouncementPage)
class AnnouncementPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(AnnouncementUpdate)
class AnnouncementUpdateTR(TranslationOptions):
    fields = ("note",)
    required_languages = BOTH_LANGUAGES


@register(FAQPage)
class FAQPageTR(TranslationOptions):
    fields = ("intro",)


@register(FAQ)
class FAQTR(TranslationOptions):
    fields = ("question", "answer")
    required_languages = BOTH_LANGUAGES
