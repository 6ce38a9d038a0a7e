"""What each page type passes its template, computed up front.

Templates run no queries: the index's listing, the body grouped into sections, every
citation checked against newer license versions in one pass, corrections, topics and
structured data are loaded here. Each builder is registered for its page type
(``announcements.reader_context``), which is how ``Page.get_context`` reaches it.
"""

import dataclasses

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.translation import get_language, override

from announcements.blocks import citations_loaded_once, iter_citations
from announcements.models import AnnouncementIndexPage, AnnouncementPage, FAQPage
from announcements.reader_context import builds_context_for
from announcements.rules.sections import group_body, table_of_contents
from site_config.i18n import language_name

from .citation_checks import check_citations, citation_key
from .listing import announcement_listing
from .selectors import faqs_by_topic, public_faq_page_link
from .structured_data import faq_page_data, news_article_data


@builds_context_for(AnnouncementIndexPage)
def index_context(request, *, page, meta) -> dict:
    return {**announcement_listing(request, index=page), "faq_page": public_faq_page_link()}


@builds_context_for(AnnouncementPage)
def announcement_context(request, *, page, meta) -> dict:
    if page.awaits_translation(get_language()):
        return translation_pending_context(request, page=page, meta=meta)
    if page.pk is not None:  # a new page's preview holds its updates in memory (modelcluster)
        prefetch_related_objects([page], "updates")  # read by the list of updates and by last_updated
    body = page.body
    with citations_loaded_once(body.raw_data):  # every block type's citations at once
        parts = group_body(body)
    updates = sorted(page.updates.all(), key=lambda update: (update.date, update.sort_order or 0), reverse=True)
    last_updated = page.last_updated
    return {
        "body_parts": parts,
        "toc": table_of_contents(parts),
        "citation_checks": check_citations(
            (citation["version"], citation["clause"]) for _b, citation in iter_citations(body)
        ),
        "updates": updates,
        "last_updated": last_updated,
        "page_topics": list(page.topics.all()),
        "faq_page": public_faq_page_link(),
        "seo": news_article_data(page, meta, last_updated=last_updated),
    }


def translation_pending_context(request, *, page, meta) -> dict:
    """A notice published in the default language only: where to read it, and no indexing."""
    with override(settings.LANGUAGE_CODE):
        title, url = page.title, page.get_url(request=request)
    return {
        "original_language": settings.LANGUAGE_CODE,
        "original_language_name": language_name(settings.LANGUAGE_CODE),
        "original_title": title,
        "original_url": url,
        "seo": dataclasses.replace(meta, noindex=True),
    }


@builds_context_for(FAQPage)
def faq_page_context(request, *, page, meta) -> dict:
    topics = faqs_by_topic()
    faqs = [faq for _topic, items in topics for faq in items]

    # An answer citing earlier terms on purpose is not "outdated": no check for it.
    def is_checked(faq) -> bool:
        return bool(faq.cited_version_id) and not faq.cites_earlier_terms

    checks = check_citations((faq.cited_version, faq.cited_clause) for faq in faqs if is_checked(faq))
    return {
        "topics": [
            (
                topic,
                [
                    (faq, checks.get(citation_key(faq.cited_version, faq.cited_clause)) if is_checked(faq) else None)
                    for faq in items
                ],
            )
            for topic, items in topics
        ],
        "seo": faq_page_data(meta, faqs),
    }
