"""A version page lists what cites it, found through Wagtail's reference index."""

import pytest
from wagtail.models import PageViewRestriction, ReferenceIndex

from announcements.factories import AnnouncementPageFactory, FAQFactory, FAQPageFactory
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(home_page, versions):
    """An announcement whose three concerns cite version 2's first three clauses in turn
    (derivative works, commercial use, revocation)."""
    return AnnouncementPageFactory(remaining=3, cites=versions["v2"])


@pytest.fixture
def faqs(home_page, versions):
    """The FAQ page and two questions citing version 2's clauses, one citing nothing."""
    FAQPageFactory()
    v2 = versions["v2"]
    FAQFactory()
    return [FAQFactory(cited_clause=v2.clauses.get(key=key)) for key in ("revocation", "commercial-use")]


def cited_by(client, path) -> list[tuple[str, str]]:
    section = soup(client.get(path)).select_one(".cited-by")
    return [(a.get_text(strip=True), a["href"]) for a in section.select("a")]


def test_citation_blocks_and_faq_fields_are_in_the_reference_index(notice, faqs, versions):
    v2 = versions["v2"]
    revocation = v2.clauses.get(key="revocation")

    to_version = {(ref.content_type.model, ref.object_id) for ref in ReferenceIndex.get_references_to(v2)}
    to_clause = {(ref.model_path, ref.object_id) for ref in ReferenceIndex.get_references_to(revocation)}

    assert ("announcementpage", str(notice.pk)) in to_version
    assert {int(pk) for model, pk in to_version if model == "faq"} == {faq.pk for faq in faqs}
    assert ("body.remaining_concern.citation.clause", str(notice.pk)) in to_clause
    assert ("cited_clause", str(faqs[0].pk)) in to_clause


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_cited_version_lists_the_notice_and_each_citing_faq(client, notice, faqs, versions, language):
    v2 = versions["v2"]

    items = cited_by(client, f"/{language}/licenses/{v2.license.slug}/v2/")

    assert items[0] == (getattr(notice, f"title_{language}"), f"/{language}/{notice.slug_en}/")
    assert sorted(items[1:]) == sorted((getattr(f, f"question_{language}"), f"/{language}/faq/#{f.slug}") for f in faqs)


def test_every_cited_by_link_leads_to_an_existing_anchor(client, notice, faqs, versions):
    v2 = versions["v2"]

    items = cited_by(client, f"/en/licenses/{v2.license.slug}/v2/")

    assert len(items) == 1 + len(faqs)
    for title, href in items:
        path, _, anchor = href.partition("#")
        target = client.get(path)
        assert target.status_code == 200, title
        assert not anchor or soup(target).find(id=anchor) is not None, href


def test_a_version_nothing_cites_says_so(client, notice, faqs, versions):
    path = f"/ja/licenses/{versions['v1'].license.slug}/v1/"

    assert cited_by(client, path) == []
    assert "この版を出典としている公開中のお知らせやよくある質問はありません。" in visible_text(client.get(path))


def test_unpublished_and_private_pages_are_not_listed(client, notice, faqs, versions):
    path = f"/en/licenses/{versions['v2'].license.slug}/v2/"
    PageViewRestriction.objects.create(page=notice, restriction_type="password", password="x")
    assert notice.title_en not in [title for title, _ in cited_by(client, path)]

    PageViewRestriction.objects.all().delete()
    notice.unpublish()
    items = cited_by(client, path)
    assert notice.title_en not in [title for title, _ in items]
    assert items  # the FAQs still cite it
