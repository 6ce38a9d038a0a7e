"""Record side effects for every change readers can see, however it was made.

Wagtail sends page_published / page_unpublished from the admin, from scheduled
publishing and from code (``page.save_revision().publish()``); Wagtail's publish and
unpublish actions run in one transaction (``one_transaction``), so the outbox rows
commit with the page or not at all.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from announcements.cache_keys import retire_cached_outputs_now
from announcements.models import FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage, Topic
from licenses.models import License, LicenseClause, LicenseVersion
from site_config.i18n import language_codes

from .effects import NOTIFY_SUPERSEDED_CITATIONS, kinds_for_public_change
from .outbox import record_side_effects

PAGE_MODELS = (AnnouncementIndexPage, AnnouncementPage, FAQPage)
# Content readers see beyond pages, and page privacy (a restriction must retire cached copies).
SNIPPET_MODELS = (FAQ, Topic, License, LicenseVersion, LicenseClause, PageViewRestriction)


def page_urls(page) -> list[str]:
    """The page's full URLs in every language, for a CDN purge."""
    urls = []
    for code in language_codes():
        with translation.override(code):
            url = page.get_full_url()
        if url:
            urls.append(url)
    return urls


def describe(instance, event: str) -> str:
    return f"{instance._meta.label_lower} {instance.pk} {event}"


def record_public_change(*, source: str, payload: dict | None = None) -> None:
    """Every cached output forgets the old content with the change itself and again as it
    commits (whatever the broker's state); the slower effects (warming, pings, CDN) go
    through the outbox's workers."""
    retire_cached_outputs_now()
    record_side_effects(kinds=kinds_for_public_change(), source=source, payload=payload)


def page_payload(page, *, urls: bool = True) -> dict:
    """What the effects of a page's change need: its URLs (CDN purge), its id (the warm-up
    renders it again where it is public by then) and, for an announcement, its id there too
    (the search index updates that page alone)."""
    payload = {"urls": page_urls(page)} if urls else {}
    payload["pages"] = [page.pk]
    if isinstance(page, AnnouncementPage):
        payload["announcements"] = [page.pk]
    return payload


def on_page_published(sender, instance, **kwargs):
    record_public_change(source=describe(instance, "published"), payload=page_payload(instance))


def on_page_unpublished(sender, instance, **kwargs):
    record_public_change(source=describe(instance, "unpublished"), payload=page_payload(instance))


def on_page_deleted(sender, instance, **kwargs):
    if instance.live:
        record_public_change(source=describe(instance, "deleted"), payload=page_payload(instance, urls=False))


# Saves that only keep a draft's bookkeeping (a FAQ's draft revision, its lock): nothing
# readers see has changed, so there is nothing to retire, reindex or notify.
DRAFT_BOOKKEEPING = {"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by"}


def on_snippet_changed(sender, instance, created=False, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    event = "deleted" if kwargs.get("signal") is post_delete else ("created" if created else "changed")
    record_public_change(source=describe(instance, event))


def on_version_supersedes(sender, instance, **kwargs):
    """A version that readers now see superseding another (published so, or a live one
    edited to point at one): editors are told what cites the old one. A draft tells
    nobody: its clauses may still change. Once per such change."""
    if instance.newly_superseding:
        record_side_effects(
            kinds=[NOTIFY_SUPERSEDED_CITATIONS],
            source=describe(instance, "supersedes a version"),
            payload={"version": instance.pk},
        )
    instance.public_state_when_loaded = (instance.live, instance.supersedes_id)


def connect() -> None:
    for model in PAGE_MODELS:
        page_published.connect(on_page_published, sender=model, dispatch_uid=f"outbox-published-{model.__name__}")
        page_unpublished.connect(on_page_unpublished, sender=model, dispatch_uid=f"outbox-unpublished-{model.__name__}")
        post_delete.connect(on_page_deleted, sender=model, dispatch_uid=f"outbox-deleted-{model.__name__}")
    post_save.connect(on_version_supersedes, sender=LicenseVersion, dispatch_uid="outbox-version-supersedes")
    for model in SNIPPET_MODELS:
        post_save.connect(on_snippet_changed, sender=model, dispatch_uid=f"outbox-saved-{model.__name__}")
        post_delete.connect(on_snippet_changed, sender=model, dispatch_uid=f"outbox-removed-{model.__name__}")
