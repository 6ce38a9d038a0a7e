"""A page's slug must be free among its siblings in every language, checked in the database.

wagtail-modeltranslation checks this on every ``clean`` by loading every sibling and
comparing slugs in Python: under a home page with a thousand announcements, each save
and publish read the thousand rows several times (about a second per publish). This
asks the same question of the database: per language, is there a sibling whose slug in
that language (or the default language's, where that one is empty, as the fallback
reads it) equals this page's slug in that language.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from site_config.i18n import language_codes


def _effective_slug_is(language: str, slug: str) -> Q:
    default = settings.LANGUAGE_CODE
    matches = Q(**{f"slug_{language}": slug})
    if language != default:
        empty = Q(**{f"slug_{language}__isnull": True}) | Q(**{f"slug_{language}": ""})
        matches |= empty & Q(**{f"slug_{default}": slug})
    return matches


def sibling_slug_errors(page) -> dict[str, str]:
    """{"slug_<language>": message} for each language whose slug a sibling already uses."""
    if page.get_parent() is None:
        return {}  # the root page's slug can be whatever it likes
    siblings = page.get_siblings(inclusive=False)
    errors = {}
    for language in language_codes():
        with translation.override(language):
            slug = page.slug
        if slug and siblings.filter(_effective_slug_is(language, slug)).exists():
            errors[f"slug_{language}"] = _("This slug is already in use")
    return errors


def check_slugs_in_the_database() -> None:
    """Replace wagtail-modeltranslation's sibling check (called by name from the ``clean``
    it wraps around every page model) with the query above."""
    from wagtail_modeltranslation import patch_wagtailadmin

    patch_wagtailadmin._validate_slugs = sibling_slug_errors
