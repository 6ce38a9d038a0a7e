"""Links to the page a reader is on, in each of the site's languages."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info

# Query parameters that select a different listing, kept when switching language.
LISTING_PARAMETERS = ("topic", "page")


@dataclass(frozen=True)
class LanguageLink:
    code: str
    native_name: str
    url: str
    is_current: bool


def native_name(code: str) -> str:
    """A language in its own name ("日本語"), so a reader who cannot read the current page
    can still find theirs."""
    return get_language_info(code)["name_local"]


def language_name(code: str) -> str:
    """A language's name in the active language ("Japanese" / 「日本語」), for sentences."""
    return str(dict(settings.LANGUAGES).get(code, code))


def home_links() -> list[LanguageLink]:
    """Each language's home page, for pages that have no translation to switch to (404)."""
    current = translation.get_language()
    return [LanguageLink(code, native_name(code), f"/{code}/", code == current) for code in language_codes()]


def language_links(request, page=None) -> list[LanguageLink]:
    """The same page in every language: a Wagtail page by its per-language slug,
    any other view by translating its URL pattern."""
    current = translation.get_language()
    # The same listing page (?topic=licensing&page=2) in the other language; other
    # parameters (tracking tags) are dropped so the links double as canonical URLs.
    kept = {name: request.GET[name] for name in LISTING_PARAMETERS if request.GET.get(name)}
    query = f"?{urlencode(kept)}" if page is not None and kept else ""
    links = []
    for code in language_codes():
        if page is not None:
            with translation.override(code):
                url = page.get_url(request=request) + query
        else:
            url = translate_url(request.path, code)
        links.append(LanguageLink(code, native_name(code), url, code == current))
    return links


def language_codes() -> list[str]:
    """The site's languages, in order ("en", "ja"): every per-language field, feed and
    check reads them from settings.LANGUAGES through here."""
    return [code for code, _name in settings.LANGUAGES]
