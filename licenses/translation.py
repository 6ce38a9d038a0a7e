"""Reader-facing license texts exist in English and Japanese."""

from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from .models import License, LicenseClause, LicenseVersion

# Published texts must exist in every language of settings.LANGUAGES.
EVERY_LANGUAGE = tuple(settings.MODELTRANSLATION_LANGUAGES)


@register(License)
class LicenseTR(TranslationOptions):
    fields = ("name",)
    required_languages = EVERY_LANGUAGE


@register(LicenseVersion)
class LicenseVersionTR(TranslationOptions):
    fields = ("name", "label", "summary")
    required_languages = {code: ("label",) for code in EVERY_LANGUAGE}


@register(LicenseClause)
class LicenseClauseTR(TranslationOptions):
    fields = ("heading", "text")
    required_languages = EVERY_LANGUAGE
