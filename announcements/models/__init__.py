"""Announcement pages, the index that lists them, topics and FAQs."""

from .pages import AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate, BilingualPage, FAQPage
from .snippets import FAQ, Topic

__all__ = [
    "FAQ",
    "AnnouncementIndexPage",
    "AnnouncementPage",
    "AnnouncementUpdate",
    "BilingualPage",
    "FAQPage",
    "Topic",
]
