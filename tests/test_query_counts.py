"""Queries per page type are pinned, and adding announcements, blocks, citations, corrections,
FAQs or licenses does not add queries: templates run none and lists are loaded in bulk."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from announcements.models import FAQ, AnnouncementPage, Topic
from licenses.models import License, LicenseClause, LicenseVersion
from tests.pages import publish_announcement, publish_correction, publish_version_3

pytestmark = pytest.mark.django_db

# Wagtail's page serving costs 6 (site, route, privacy) and the page cache's own privacy
# check 1 more; the rest is listed in each module.
PINNED = {
    "/ja/": 12,
    "/ja/sd3-un-banned/": 17,
    "/ja/faq/": 10,
    "/ja/licenses/": 2,
    "/ja/licenses/stability-ai-sd3/": 2,
    "/ja/licenses/stability-ai-sd3/v2/": 10,
    "/ja/licenses/stability-ai-sd3/compare/v1/v2/": 2,
}


def query_counts(client) -> dict[str, int]:
    counts = {}
    for path in PINNED:
        client.get(path)  # warm Wagtail's site-root cache, as on a running site
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        counts[path] = len(captured.captured_queries)
    return counts


def citing_body(clauses) -> list[dict]:
    return [
        {
            "type": "remaining_concern",
            "value": {
                "title": f"Concern {clause.key}",
                "kind": "license_clause",
                "detail": "<p>Detail.</p>",
                "citation": {"version": clause.version_id, "clause": clause.pk},
            },
        }
        for clause in clauses
    ]


def grow(notice, v1, v2) -> None:
    clauses = list(LicenseClause.objects.filter(version__in=[v1, v2]))
    topics = list(Topic.objects.all())
    for day in range(1, 13):
        page = publish_announcement(
            f"more-{day}", date=datetime.date(2030, 1, day), topics=topics, body=citing_body(clauses)
        )
        publish_correction(page, date=datetime.date(2030, 2, day), note_en="Fixed.", note_ja="訂正しました。")
    page = AnnouncementPage.objects.get(pk=notice.pk)
    for field in ("body_en", "body_ja"):
        blocks = list(getattr(page, field).raw_data)
        copies = [{"type": b["type"], "value": b["value"]} for b in blocks if b["type"] != "decision"] * 2
        setattr(page, field, blocks + copies + citing_body(clauses))
    page.save_revision().publish()
    for number, clause in enumerate(clauses):
        FAQ.objects.create(
            slug=f"more-{number}",
            topic=topics[number % len(topics)],
            question_en=f"Question {number}?",
            question_ja=f"質問{number}？",
            answer_en="<p>Answer.</p>",
            answer_ja="<p>回答。</p>",
            cited_version=clause.version,
            cited_clause=clause,
        )
    other = License.objects.create(slug="other", licensor="Other", name_en="Other license", name_ja="別のライセンス")
    for month in (1, 2, 3):
        LicenseVersion.objects.create(
            license=other,
            slug=f"v{month}",
            label_en=f"V{month}",
            label_ja=f"第{month}版",
            effective_date=datetime.date(2024, month, 1),
        )


def test_query_counts_are_pinned_and_do_not_grow_with_content(client, notice, license_versions):
    v1, v2 = license_versions["v1"], license_versions["v2"]
    publish_version_3(v2)  # every citation is now checked against a newer version

    assert query_counts(client) == PINNED

    grow(notice, v1, v2)

    assert query_counts(client) == PINNED


def test_citations_of_the_newest_version_cost_two_queries_less(client, notice):
    client.get(f"/ja/{notice.slug_en}/")
    with CaptureQueriesContext(connection) as captured:
        client.get(f"/ja/{notice.slug_en}/")

    assert len(captured.captured_queries) == PINNED["/ja/sd3-un-banned/"] - 2
