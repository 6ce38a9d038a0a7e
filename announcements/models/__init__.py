"""Announcement pages, the index that lists them, topics and FAQs."""

from .bilingual import BilingualPage
from .page_creation import PageCreation
from .pages import AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate, FAQPage
from .snippets import FAQ, Topic

__all__ = [
    "FAQ",
    "AnnouncementIndexPage",
    "AnnouncementPage",
    "AnnouncementUpdate",
    "BilingualPage",
    "FAQPage",
    "PageCreation",
    "Topic",
]
