"""Reader-facing license texts exist in English and Japanese."""

from modeltranslation.translator import TranslationOptions, register

from .models import License, LicenseClause, LicenseVersion

BOTH_LANGUAGES = ("en", "ja")


@register(License)
class LicenseTR(TranslationOptions):
    fields = ("name",)
    required_languages = BOTH_LANGUAGES


@register(LicenseVersion)
class LicenseVersionTR(TranslationOptions):
    fields = ("name", "label", "summary")
    required_languages = {"en": ("label",), "ja": ("label",)}


@register(LicenseClause)
class LicenseClauseTR(TranslationOptions):
    fields = ("heading", "text")
    required_languages = BOTH_LANGUAGES
