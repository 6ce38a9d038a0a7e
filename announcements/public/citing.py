"""How license pages link to the FAQs that cite a version ("cited by").

``licenses`` never imports this app; it lists FAQs through the function registered
here (``licenses.cited_by.register_citing_model``) when the app is ready.
"""

from announcements.models import FAQ
from licenses.cited_by import register_citing_model

from .selectors import public_faq_page


def faq_citation_links(faqs, request) -> list[tuple]:
    """(faq, question, link to its anchor on the public FAQ page); nothing while no FAQ
    page is public. Two queries for any number of FAQs."""
    faqs = [faq for faq in faqs if faq.live]
    page = public_faq_page() if faqs else None
    if page is None:
        return []
    url = page.get_url(request=request)
    return [(faq, faq.question, f"{url}#{faq.slug}") for faq in faqs]


register_citing_model(FAQ, faq_citation_links)
