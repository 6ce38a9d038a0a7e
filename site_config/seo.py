"""What a page tells search engines and link previews about itself.

Views and pages build one ``PageMeta`` and pass it to the template as ``seo``;
``includes/seo_meta.html`` (included by base.html) writes the canonical URL,
hreflang alternates (with x-default), Open Graph and Twitter card tags and any
JSON-LD. Everything is computed here, so the template runs no queries.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .i18n import LanguageLink, language_links
from .plain_text import plain_text
from .public_urls import absolute_url

DESCRIPTION_LENGTH = 200

# The characters json.dumps leaves as they are but that could end a <script>
# element early or be read as markup (the same set Django's json_script escapes).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    url: str


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    alternates: list[Alternate]
    og_type: str
    locale: str
    locale_alternates: list[str]
    site_name: str
    json_ld: SafeString | str = ""
    article: dict[str, str] = field(default_factory=dict)
    noindex: bool = False  # a page search engines should not list (e.g. a translation not yet written)


def plain_description(*texts: str) -> str:
    """The first non-empty text, without markup, cut to a snippet length between words."""
    for text in texts:
        plain = " ".join(plain_text(text or "").split())
        if plain:
            return shortened(plain, DESCRIPTION_LENGTH)
    return ""


def shortened(text: str, length: int) -> str:
    """``text``, or its beginning up to ``length`` characters with "…", cut at the last
    space or Japanese punctuation (、。) in its final third, never inside a word."""
    if len(text) <= length:
        return text
    room = text[: length - 1]
    cut = max(room.rfind(" "), room.rfind("、") + 1, room.rfind("。") + 1)
    if cut < length * 2 // 3:
        cut = length - 1  # one unbroken run (a long Japanese clause): cut where it must be
    return room[:cut].rstrip(" 、,;:") + "…"


def ld_json(data: dict) -> SafeString:
    """JSON-LD that is safe to put inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_SCRIPT_ESCAPES))


def x_default_url(default_language_url: str) -> str:
    """The address without a language prefix: LocaleMiddleware sends each reader on to
    their browser's language. The same rule as Django's sitemap (x_default=True), so the
    page head and sitemap.xml agree."""
    prefix = f"/{settings.LANGUAGE_CODE}/"
    return default_language_url.replace(prefix, "/", 1)


def site_name() -> str:
    return _("Community announcements")


def page_meta(
    request,
    *,
    title: str,
    description: str = "",
    language_links: list[LanguageLink],
    og_type: str = "website",
    json_ld: dict | None = None,
    article: dict[str, str] | None = None,
) -> PageMeta:
    """Meta data for one page in the current language, with absolute URLs."""
    language = get_language()
    alternates = [Alternate(link.code, absolute_url(link.url)) for link in language_links]
    default = next((a for a in alternates if a.hreflang == settings.LANGUAGE_CODE), None)
    if default is not None:
        alternates.append(Alternate("x-default", x_default_url(default.url)))
    canonical = next((a.url for a in alternates if a.hreflang == language), absolute_url(request.path))
    return PageMeta(
        title=title,
        description=description,
        canonical=canonical,
        alternates=alternates,
        og_type=og_type,
        locale=settings.OG_LOCALES.get(language, language),
        locale_alternates=[
            settings.OG_LOCALES.get(link.code, link.code) for link in language_links if link.code != language
        ],
        site_name=site_name(),
        json_ld=ld_json(json_ld) if json_ld else "",
        article=article or {},
    )


def reader_meta(request, *, title: str, description: str = "") -> dict:
    """A view's page in every language and its meta data: what ``base.html`` reads of any
    page that is not a Wagtail page (``language_links``, ``seo``)."""
    links = language_links(request)
    meta = page_meta(request, title=title, description=plain_description(description), language_links=links)
    return {"language_links": links, "seo": meta}
