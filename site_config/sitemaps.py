"""What every sitemap section of this site shares: each URL in every language.

Django's sitemap framework lists a URL once per language in settings.LANGUAGES
(``i18n``), links the translations to each other with ``xhtml:link`` (``alternates``)
and adds the unprefixed address as x-default, which redirects each reader to their
language (``x_default``; the page head says the same, see site_config.seo).
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import translation

from .i18n import language_codes
from .public_urls import public_domain, public_scheme


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    # Every <loc> on the configured public address (site_config.public_urls), whatever
    # Host the request named.
    def get_protocol(self, protocol=None):
        return public_scheme()

    def get_domain(self, site=None):
        return public_domain()

    def get_urls(self, page=1, site=None, protocol=None):
        """What Django's ``Sitemap.get_urls`` returns, with each item's address in each
        language asked for once, under one switch of the active language per language.

        Django switches the language for every address it writes: the <loc>, each
        alternate and x-default, four switches per item and language. For a thousand
        announcements in two languages that was 8,000 switches and most of the sitemap's
        time. tests/site_config/test_sitemap.py holds the two answers equal.
        """
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        pairs = self.paginator.page(page).object_list  # (item, language) with i18n
        items = list({id(item): item for item, _code in pairs}.values())
        languages = {id(item): self.get_languages_for_item(item) for item in items}
        paths = {}
        for code in language_codes():
            with translation.override(code):
                for item in items:
                    if code in languages[id(item)]:
                        paths[id(item), code] = self.location(item)
        # Read once: each is a method, a fixed value or absent (Django reads them per item).
        lastmod, changefreq, priority = (getattr(self, name, None) for name in ("lastmod", "changefreq", "priority"))
        default = settings.LANGUAGE_CODE
        urls = []
        for item, code in pairs:
            location = {other: base + paths[id(item), other] for other in languages[id(item)]}
            alternates = [{"location": url, "lang_code": other} for other, url in location.items()]
            if self.x_default and default in location:
                alternates.append(
                    {"location": location[default].replace(f"/{default}/", "/", 1), "lang_code": "x-default"}
                )
            item_priority = _for_item(priority, item)
            urls.append(
                {
                    "item": (item, code),
                    "location": location[code],
                    "lastmod": _for_item(lastmod, item),
                    "changefreq": _for_item(changefreq, item),
                    "priority": str(item_priority if item_priority is not None else ""),
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)  # the view's Last-Modified, as Django sets it
        return urls


def _for_item(attribute, item):
    # A sitemap's lastmod, changefreq or priority: a method of the item, or one value for all.
    return attribute(item) if callable(attribute) else attribute
