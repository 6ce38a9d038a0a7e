"""Live announcements made quickly: many of them, in one or both languages."""

from contextlib import contextmanager
from datetime import timedelta

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers_for_model,
    disconnect_reference_index_signal_handlers_for_model,
)

from announcements.models import AnnouncementIndexPage, AnnouncementPage


@contextmanager
def without_indexing():
    """Skip the search and reference indexes (most of the cost of saving a page)."""
    post_save.disconnect(post_save_signal_handler, sender=AnnouncementPage)
    post_delete.disconnect(post_delete_signal_handler, sender=AnnouncementPage)
    disconnect_reference_index_signal_handlers_for_model(AnnouncementPage)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=AnnouncementPage)
        post_delete.connect(post_delete_signal_handler, sender=AnnouncementPage)
        connect_reference_index_signal_handlers_for_model(AnnouncementPage)


def make_announcements(count: int, *, body_from=None, topics=(), start: int = 0, **overrides) -> list[AnnouncementPage]:
    """``count`` live announcements, newest first, each with the body of ``body_from``
    (concerns and citations included) in both languages."""
    index = AnnouncementIndexPage.objects.get()
    now = timezone.now().replace(microsecond=0)
    pages = []
    with without_indexing():
        for number in range(start, start + count):
            fields = {
                "title_en": f"Announcement {number}",
                "title_ja": f"お知らせ {number}",
                "slug_en": f"announcement-{number}",
                "slug_ja": f"announcement-{number}",
                "summary_en": f"Summary of announcement {number}.",
                "summary_ja": f"お知らせ {number} の要約です。",
                "date": (now - timedelta(days=number)).date(),
                "live": True,
                "first_published_at": now - timedelta(days=number),
                "last_published_at": now - timedelta(days=number),
            }
            if body_from is not None:
                fields["body_en"] = body_from.body_en.raw_data
                fields["body_ja"] = body_from.body_ja.raw_data
            page = AnnouncementPage(**{**fields, **overrides})
            # Slugs are unique by construction; wagtail-modeltranslation's slug check loads
            # every sibling on each save, which makes a thousand pages take minutes.
            page.full_clean = lambda *args, **kwargs: None
            if topics:
                page.topics.set(topics)
            index.add_child(instance=page)
            pages.append(page)
    return pages
