"""JSON-LD for search engines: ``NewsArticle`` on announcements, ``FAQPage`` on the FAQ page.

See https://schema.org/NewsArticle and https://schema.org/FAQPage.
"""

import dataclasses

from django.utils.translation import get_language

from site_config.plain_text import plain_text
from site_config.seo import PageMeta, ld_json


def news_article_data(page, meta: PageMeta, *, last_updated=None) -> PageMeta:
    # At the precision known: "2024-07" when only the month is (ISO 8601 allows it).
    published = page.notice_date.isoformat()
    modified = last_updated.isoformat() if last_updated else published
    organization = {"@type": "Organization", "name": meta.site_name}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "description": meta.description,
        "inLanguage": get_language(),
        "datePublished": published,
        "dateModified": modified,
        "url": meta.canonical,
        "mainEntityOfPage": meta.canonical,
        "author": organization,
        "publisher": organization,
    }
    return dataclasses.replace(
        meta, json_ld=ld_json(data), article={"published_time": published, "modified_time": modified}
    )


def faq_page_data(meta: PageMeta, faqs) -> PageMeta:
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": get_language(),
        "url": meta.canonical,
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "url": f"{meta.canonical}#{faq.slug}",
                "acceptedAnswer": {"@type": "Answer", "text": " ".join(plain_text(faq.answer).split())},
            }
            for faq in faqs
        ],
    }
    return dataclasses.replace(meta, json_ld=ld_json(data))
