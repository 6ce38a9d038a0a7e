"""Queries per page type are pinned, and adding announcements, blocks, citations, corrections,
FAQs or licenses does not add queries: templates run none and lists are loaded in bulk."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from announcements.factories import (
    AnnouncementPageFactory,
    FAQFactory,
    FAQPageFactory,
    TopicFactory,
    publish_correction,
)
from announcements.models import AnnouncementPage, Topic
from licenses.factories import LicenseFactory, LicenseVersionFactory, successor_version
from licenses.models import LicenseClause

pytestmark = pytest.mark.django_db

# Cold renderings (a response-cache hit costs none: tests/announcements/test_response_cache.py).
# Serving a child of the home page (an announcement, the FAQ page) costs 2 before its own
# queries: the site with its root page, and the announcement found by its slug with its
# view restrictions checked inside the same query (announcements.public.routing; that
# query finds no FAQ page, which costs three more: found as a page, then as its own type,
# then its restrictions). The home page costs 2 the same way: the site, then itself as its
# own type with its restrictions checked inside. The body's citations of every block type
# load together. The rest is listed in each module.
PINNED = {
    "/ja/": 8,
    "/ja/{notice}/": 8,
    "/ja/faq/": 8,
    "/ja/licenses/": 2,
    "/ja/licenses/{license}/": 2,
    "/ja/licenses/{license}/v2/": 9,
    "/ja/licenses/{license}/compare/v1/v2/": 2,
    # Every public page and license page: each announcement is loaded once, whichever
    # languages it is written in (announcements.public.sitemap).
    "/sitemap.xml": 8,
}
CLAUSES = ["derivative-works", "commercial-use", "usage-cap", "revocation"]


@pytest.fixture
def v2(db):
    """Version 2 of a license, superseding version 1 and dropping one of its clauses."""
    return successor_version(LicenseVersionFactory(clauses=CLAUSES), dropped=["usage-cap"])


@pytest.fixture
def notice(home_page, v2):
    """A notice on every topic, citing version 2's clauses, among FAQs that cite them too."""
    topics = TopicFactory.create_batch(3)
    FAQPageFactory(slug_en="faq")
    for clause in v2.clauses.all():
        FAQFactory(topic=topics[0], cited_clause=clause)
    return AnnouncementPageFactory(topics=topics, resolved=2, remaining=2, remaining_uncited=1, cites=v2)


def query_counts(client, notice, version) -> dict[str, int]:
    counts = {}
    for pinned in PINNED:
        path = pinned.format(notice=notice.slug_en, license=version.license.slug)
        client.get(path)  # warm Wagtail's site-root cache, as on a running site
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        counts[pinned] = len(captured.captured_queries)
    return counts


def citing_body(clauses) -> list[dict]:
    return [
        {
            "type": "remaining_concern",
            "value": {
                "title_en": f"Concern {clause.key}",
                "title_ja": f"懸念 {clause.key}",
                "kind": "license_clause",
                "detail_en": "<p>Detail.</p>",
                "detail_ja": "<p>詳細。</p>",
                "citation": {"version": clause.version_id, "clause": clause.pk},
                "earlier_citations": [],
            },
        }
        for clause in clauses
    ]


def grow(notice, v1, v2) -> None:
    clauses = list(LicenseClause.objects.filter(version__in=[v1, v2]))
    topics = list(Topic.objects.all())
    for day in range(1, 13):
        body = citing_body(clauses)
        page = AnnouncementPageFactory(date=datetime.date(2030, 1, day), topics=topics, body=body)
        publish_correction(page, date=datetime.date(2030, 2, day))
    page = AnnouncementPage.objects.get(pk=notice.pk)
    blocks = list(page.body.raw_data)
    copies = [{"type": b["type"], "value": b["value"]} for b in blocks if b["type"] != "decision"] * 2
    page.body = blocks + copies + citing_body(clauses)
    page.save_revision().publish()
    for clause in clauses:
        FAQFactory(topic=topics[1], cited_clause=clause)
    other = LicenseFactory()
    for _month in (1, 2, 3):
        LicenseVersionFactory(license=other)


def test_query_counts_are_pinned_and_do_not_grow_with_content(client, notice, v2):
    successor_version(v2)  # every citation is now checked against a newer version

    assert query_counts(client, notice, v2) == PINNED

    grow(notice, v2.supersedes, v2)

    assert query_counts(client, notice, v2) == PINNED


def test_citations_of_the_newest_version_cost_two_queries_less(client, notice):
    client.get(f"/ja/{notice.slug_en}/")
    with CaptureQueriesContext(connection) as captured:
        client.get(f"/ja/{notice.slug_en}/")

    assert len(captured.captured_queries) == PINNED["/ja/{notice}/"] - 2


def test_serving_an_announcement_reads_only_the_child_it_needs(client, notice):
    """wagtail-modeltranslation's route reads every child of the home page to compare
    slugs; ours asks for the one child by its slug, so a thousand siblings cost nothing."""
    AnnouncementPageFactory.create_batch(5)
    client.get(f"/ja/{notice.slug_en}/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/ja/{notice.slug_en}/").status_code == 200

    children = [query["sql"] for query in captured.captured_queries if '"wagtailcore_page"."depth" = 3' in query["sql"]]
    assert children and all("slug_" in sql and "LIMIT 1" in sql for sql in children)


def test_saving_and_publishing_load_the_citations_once_per_step_not_per_conversion(notice, v2):
    """Wagtail converts the body afresh at each step of saving and publishing (the
    revision, the live page, the reference and search indexes); each conversion used to
    load every cited version and clause again (28 bulk loads for the SD3 notice, 2 now). The form's
    and the publish's validation still checks each chosen row on its own (``id = ``)."""
    notice.title_en, notice.title_ja = "SD3 is back, edited", "SD3が戻りました（編集）"
    with CaptureQueriesContext(connection) as captured:
        notice.save_revision().publish()

    bulk_loads = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT")
        and '"licenses_license' in query["sql"].split(" WHERE ")[0]
        and " IN (" in query["sql"]
    ]
    # save_revision and publish: their clauses (with versions) and any version cited alone.
    assert len(bulk_loads) <= 4, bulk_loads
