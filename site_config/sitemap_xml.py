"""sitemap.xml written in Python instead of through Django's template engine.

Django's sitemap view renders its ``urlset`` with a template: at a thousand
announcements that is 2,014 addresses, about 16,000 template variables and most of a
cold sitemap's time. ``SITEMAP_XML`` is handed to the view as its template (a
``TemplateResponse`` takes a template object as well as a name), so the view itself, with
its pagination, ``Last-Modified`` and ``X-Robots-Tag``, is Django's own; only the writing
changes. The output is what Django's ``sitemap.xml`` template gives without its
whitespace (tests/site_config/test_sitemap.py holds the two equal), the way Django's own
feed generator writes its XML in Python.
"""

import datetime
from html import escape  # what django.utils.html.escape calls, without its lazy-string wrapper

from django.utils.timezone import template_localtime

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


class SitemapXML:
    """A template object: ``render(context, request)`` returns the whole document."""

    def render(self, context=None, request=None) -> str:
        parts = [HEAD]
        write = parts.append
        for url in (context or {})["urlset"]:
            write(f"<url><loc>{escape(url['location'])}</loc>")
            if url.get("lastmod"):
                write(f"<lastmod>{day(url['lastmod'])}</lastmod>")
            if url.get("changefreq"):
                write(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
            if url.get("priority"):
                write(f"<priority>{escape(url['priority'])}</priority>")
            for alternate in url.get("alternates") or ():
                write(
                    f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
                    f'href="{escape(alternate["location"])}"/>'
                )
            write("</url>\n")
        write("</urlset>\n")
        return "".join(parts)


def day(moment: datetime.date) -> str:
    """What the template's ``|date:"Y-m-d"`` writes: a moment's date in the site's time zone."""
    if isinstance(moment, datetime.datetime):
        moment = template_localtime(moment).date()
    return moment.isoformat()


SITEMAP_XML = SitemapXML()
