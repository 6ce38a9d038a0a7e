"""Reader-facing announcement texts exist in English and Japanese.

wagtail-modeltranslation already translates every page's title, slug, SEO title,
search description and url_path; only this app's own fields are registered here.
"""

from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from .models import FAQ, AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate, FAQPage, Topic

# Published texts must exist in every language of settings.LANGUAGES.
EVERY_LANGUAGE = tuple(settings.MODELTRANSLATION_LANGUAGES)


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name", "name_in_sentence")
    # The in-sentence form is optional: blank reads as the name.
    required_languages = {language: ("name",) for language in EVERY_LANGUAGE}


@register(AnnouncementIndexPage)
class AnnouncementIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(AnnouncementPage)
class AnnouncementPageTR(TranslationOptions):
    # Not the body: it is one StreamField whose blocks hold every language side by side.
    fields = ("summary",)


@register(AnnouncementUpdate)
class AnnouncementUpdateTR(TranslationOptions):
    fields = ("note",)
    required_languages = EVERY_LANGUAGE


@register(FAQPage)
class FAQPageTR(TranslationOptions):
    fields = ("intro",)


@register(FAQ)
class FAQTR(TranslationOptions):
    fields = ("question", "answer")
    required_languages = EVERY_LANGUAGE
