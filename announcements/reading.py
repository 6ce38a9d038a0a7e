"""What the announcement and FAQ pages pass to their templates, computed up front.

Templates run no queries: the body is grouped into sections, every citation is
checked against newer license versions in one pass, and corrections, topics and
structured data are loaded here.
"""

from .blocks import iter_citations
from .citation_checks import check_citations, citation_key
from .sections import group_body, table_of_contents
from .selectors import faqs_by_topic, public_faq_page
from .structured_data import faq_page_data, news_article_data


def announcement_context(request, *, page, meta) -> dict:
    body = page.body
    parts = group_body(body)
    updates = sorted(page.updates.all(), key=lambda update: (update.date, update.sort_order or 0), reverse=True)
    last_updated = updates[0].date if updates else None
    return {
        "body_parts": parts,
        "toc": table_of_contents(parts),
        "citation_checks": check_citations(
            (citation["version"], citation["clause"]) for _b, citation in iter_citations(body)
        ),
        "updates": updates,
        "last_updated": last_updated,
        "page_topics": list(page.topics.all()),
        "faq_page": public_faq_page(),
        "seo": news_article_data(page, meta, last_updated=last_updated),
    }


def faq_page_context(request, *, page, meta) -> dict:
    topics = faqs_by_topic()
    faqs = [faq for _topic, items in topics for faq in items]
    checks = check_citations((faq.cited_version, faq.cited_clause) for faq in faqs if faq.cited_version_id)
    return {
        "topics": [
            (
                topic,
                [
                    (
                        faq,
                        checks.get(citation_key(faq.cited_version, faq.cited_clause)) if faq.cited_version_id else None,
                    )
                    for faq in items
                ],
            )
            for topic, items in topics
        ],
        "seo": faq_page_data(meta, faqs),
    }
