"""Links to the page a reader is on, in each of the site's languages."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

# Each language is offered in its own name, so a reader who cannot read the
# current page can still find theirs.
NATIVE_NAMES = {"en": "English", "ja": "日本語"}
# Query parameters that select a different listing, kept when switching language.
LISTING_PARAMETERS = ("topic", "page")


@dataclass(frozen=True)
class LanguageLink:
    code: str
    native_name: str
    url: str
    is_current: bool


def language_links(request, page=None) -> list[LanguageLink]:
    """The same page in every language: a Wagtail page by its per-language slug,
    any other view by translating its URL pattern."""
    current = translation.get_language()
    # The same listing page (?topic=licensing&page=2) in the other language; other
    # parameters (tracking tags) are dropped so the links double as canonical URLs.
    kept = {name: request.GET[name] for name in LISTING_PARAMETERS if request.GET.get(name)}
    query = f"?{urlencode(kept)}" if page is not None and kept else ""
    links = []
    for code, _name in settings.LANGUAGES:
        if page is not None:
            with translation.override(code):
                url = page.get_url(request=request) + query
        else:
            url = translate_url(request.path, code)
        links.append(LanguageLink(code, NATIVE_NAMES.get(code, code), url, code == current))
    return links
