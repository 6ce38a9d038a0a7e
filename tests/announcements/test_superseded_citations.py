"""Editors learn which published items cite a version a newer one has superseded."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.public.superseded import items_citing_superseded_versions
from announcements.publishing import tasks
from announcements.publishing.effects import NOTIFY_SUPERSEDED_CITATIONS
from announcements.publishing.models import SideEffect
from licenses.factories import LicenseVersionFactory
from licenses.models import LicenseClause
from licenses.versioning import new_version_from
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited(home_page):
    v1 = LicenseVersionFactory(clauses=["derivative-works", "revocation"], effective_date=datetime.date(2024, 6, 1))
    notice = AnnouncementPageFactory(title_en="Old notice", resolved=1, remaining=1, cites=v1)
    faq = FAQFactory(question_en="Is it revocable?", cited_clause=v1.clauses.get(key="revocation"))
    return v1, notice, faq


def successor(v1, *, publish=True):
    """Version 9, started from ``v1`` ("New version from this one") and, unless told
    otherwise, published."""
    draft = new_version_from(
        v1, slug="v9", effective_date=datetime.date(2025, 1, 1), labels={"en": "version 9", "ja": "第9版"}
    )
    if publish:
        draft.get_latest_revision().publish()
    return type(draft).objects.get(pk=draft.pk)


def test_nothing_is_listed_while_every_citation_is_of_the_newest_version(cited):
    assert items_citing_superseded_versions() == []


def test_nothing_is_listed_while_the_newer_version_is_a_draft(cited):
    v1, _notice, _faq = cited
    successor(v1, publish=False)

    assert items_citing_superseded_versions() == []


def test_each_citing_item_is_listed_once_with_its_clauses_status(cited, superuser_client):
    v1, notice, faq = cited
    successor(v1)

    items = items_citing_superseded_versions()
    report = soup(superuser_client.get("/admin/reports/superseded-citations/"))

    assert [(item.kind, item.item.pk) for item in items] == [("announcement", notice.pk), ("faq", faq.pk)]
    assert [c.clause.key for c in items[0].citations] == ["derivative-works", "revocation"]
    assert {c.check.status for c in items[0].citations} == {"unchanged"}  # carried over as they were
    assert report.find("a", href=f"/admin/pages/{notice.pk}/edit/").get_text(strip=True) == "Old notice"
    assert len(report.select("tbody tr")) == 2
    assert "unchanged in the newer version" in report.get_text()


def test_a_new_version_tells_the_editors_who_publish_once(cited, django_user_model, as_committed):
    v1, _notice, _faq = cited
    moderator = django_user_model.objects.create_user("mo", "mo@example.com", "x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    django_user_model.objects.create_user("reader", "reader@example.com", "x")  # not told
    as_committed()

    v9 = successor(v1, publish=False)
    assert not SideEffect.objects.filter(kind=NOTIFY_SUPERSEDED_CITATIONS).exists()  # a draft tells nobody
    v9.get_latest_revision().publish()
    v9.save_revision().publish()  # published again: not new to readers, no second notice
    [effect] = SideEffect.objects.filter(kind=NOTIFY_SUPERSEDED_CITATIONS)
    tasks.dispatch([effect.pk])  # as the outbox does once the transaction commits
    tasks.dispatch([effect.pk])  # a duplicate delivery changes nothing

    assert effect.payload == {"version": v9.pk}
    [message] = mail.outbox
    assert message.to == ["mo@example.com"]
    assert "Old notice" in message.body and "Is it revocable?" in message.body
    assert "/admin/reports/superseded-citations/" in message.body


def test_an_existing_version_edited_to_supersede_another_notifies_once(cited):
    v1, _notice, _faq = cited
    standalone = LicenseVersionFactory(license=v1.license, slug="later", effective_date=datetime.date(2025, 2, 1))
    assert not SideEffect.objects.filter(kind=NOTIFY_SUPERSEDED_CITATIONS).exists()

    edited = type(standalone).objects.get(pk=standalone.pk)  # as the admin's edit form loads it
    edited.supersedes = v1
    edited.save()
    edited.summary_en = "Reworded, still superseding version 1."
    edited.save()  # no change of predecessor: no second notice
    type(standalone).objects.get(pk=standalone.pk).save()

    [effect] = SideEffect.objects.filter(kind=NOTIFY_SUPERSEDED_CITATIONS)
    assert effect.payload == {"version": standalone.pk}


def test_a_faq_draft_records_no_public_side_effects(cited):
    _v1, _notice, faq = cited
    before = SideEffect.objects.count()

    faq.question_en = "A draft rewording?"
    faq.save_revision()

    assert SideEffect.objects.count() == before


def test_a_whole_version_citation_says_which_clauses_are_new_removed_and_changed(cited, superuser_client, as_committed):
    v1, _notice, _faq = cited
    FAQFactory(question_en="Which license applies?", cited_version=v1)
    draft = successor(v1, publish=False)
    clauses = [clause for clause in draft.clauses.all() if clause.key != "derivative-works"]
    for clause in clauses:  # the revocation clause, reworded in both languages
        clause.text_en, clause.text_ja = "Revocable only for breach.", "違反時のみ取り消せます。"
        clause.carried_over = False
    usage_cap = LicenseClause(
        key="usage-cap", heading_en="Usage cap", heading_ja="利用上限", text_en="Up to $1M.", text_ja="100万ドルまで。"
    )
    draft.clauses = [*clauses, usage_cap]
    as_committed()
    draft.save_revision().publish()
    [effect] = SideEffect.objects.filter(kind=NOTIFY_SUPERSEDED_CITATIONS)
    tasks.dispatch([effect.pk])

    [whole] = [c for item in items_citing_superseded_versions() for c in item.citations if c.clause is None]
    removed = v1.clauses.get(key="derivative-works").heading_en
    revocation = v1.clauses.get(key="revocation").heading_en
    expected = {"added": ["Usage cap"], "removed": [removed], "changed": [revocation], "unchanged": 0}
    assert whole.clause_changes == expected
    report = superuser_client.get("/admin/reports/superseded-citations/").content.decode()
    [message] = mail.outbox
    for text in (report, message.body):
        assert "new clauses: “Usage cap”" in text and f"removed: “{removed}”" in text
        assert f"changed: “{revocation}”" in text and "0 clauses unchanged" in text
    assert f"Compare: http://testserver/en/licenses/{v1.license.slug}/compare/{v1.slug}/v9/" in message.body


def test_citations_of_earlier_terms_on_purpose_are_not_listed(home_page):
    """A concern's "Before" cites the version it contrasts with, and a FAQ about the past
    cites the terms of the time: neither is out of date when a newer version is live."""
    v1 = LicenseVersionFactory(clauses=["derivative-works"], effective_date=datetime.date(2024, 6, 1))
    v2 = successor(v1)
    notice = AnnouncementPageFactory(resolved=1, cites=v2)
    earlier = {"type": "citation", "value": {"version": v1.pk, "clause": v1.clauses.get().pk}}
    body = notice.body.get_prep_value()
    next(item for item in body if item["type"] == "resolved_concern")["value"]["earlier_citations"] = [earlier]
    notice.body = body
    notice.save_revision().publish()
    FAQFactory(question_en="Why was it banned?", cited_clause=v1.clauses.get(), cites_earlier_terms=True)

    assert items_citing_superseded_versions() == []
