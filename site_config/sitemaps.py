"""What every sitemap section of this site shares: each URL in every language.

Django's sitemap framework lists a URL once per language in settings.LANGUAGES
(``i18n``), links the translations to each other with ``xhtml:link`` (``alternates``)
and adds the unprefixed address as x-default, which redirects each reader to their
language (``x_default``; the page head says the same, see site_config.seo).
"""

from django.contrib.sitemaps import Sitemap

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
