"""Building published content for tests, the way an editor would in the admin."""

import datetime

from announcements.models import AnnouncementIndexPage, AnnouncementPage, AnnouncementUpdate
from licenses.models import LicenseClause, LicenseVersion


def publish_announcement(slug: str, *, date: datetime.date, topics=(), body=None) -> AnnouncementPage:
    """A published announcement written in both languages."""
    index = AnnouncementIndexPage.objects.get()
    body = body or [{"type": "paragraph", "value": "<p>Body.</p>"}]
    page = AnnouncementPage(
        title_en=f"Notice {slug}",
        title_ja=f"お知らせ {slug}",
        slug_en=slug,
        slug_ja=slug,
        summary_en=f"Summary of {slug}.",
        summary_ja=f"{slug}の概要です。",
        body_en=body,
        body_ja=body,
        date=date,
    )
    index.add_child(instance=page)
    page.topics.set(topics)
    page.save_revision().publish()
    return page


def publish_correction(page: AnnouncementPage, *, date: datetime.date, note_en: str, note_ja: str) -> None:
    """Add a correction note and publish it, as an editor does with the page's inline panel."""
    page = AnnouncementPage.objects.get(pk=page.pk)
    page.updates.add(AnnouncementUpdate(date=date, note_en=note_en, note_ja=note_ja))
    page.save_revision().publish()


def publish_version_3(v2: LicenseVersion) -> LicenseVersion:
    """A newer version of the SD3 license: one clause reworded, one kept, one dropped."""
    v3 = LicenseVersion.objects.create(
        license=v2.license,
        slug="v3",
        label_en="Version 3",
        label_ja="第3版",
        effective_date=datetime.date(2025, 1, 1),
        supersedes=v2,
    )
    for clause in v2.clauses.all():
        if clause.key == "deletion-on-termination":
            continue  # removed in version 3
        text_en, text_ja = clause.text_en, clause.text_ja
        if clause.key == "derivative-works":
            text_en, text_ja = text_en + " Merges are derivative works.", text_ja + "マージは派生作品です。"
        LicenseClause.objects.create(
            version=v3,
            key=clause.key,
            sort_order=clause.sort_order,
            heading_en=clause.heading_en,
            heading_ja=clause.heading_ja,
            text_en=text_en,
            text_ja=text_ja,
        )
    return v3
