"""Every address a reader may hold keeps leading to the page, in each language: an old
slug after it changed (in any language), and a slug of another language (where the
language-neutral x-default address and readers' edited URLs lead)."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from announcements.factories import AnnouncementPageFactory
from announcements.models import AnnouncementPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def renamed(home_page):
    """A notice published as old-en / 旧, then republished as new-en / 新."""
    page = AnnouncementPageFactory(slug_en="old-en", slug_ja="旧")
    draft = AnnouncementPage.objects.get(pk=page.pk)
    draft.slug_en, draft.slug_ja = "new-en", "新"
    draft.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("old", "new"),
    [("/en/old-en/", "/en/new-en/"), ("/ja/%E6%97%A7/", "/ja/%E6%96%B0/")],
)
def test_an_old_address_redirects_permanently_in_each_language(client, renamed, old, new):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_the_redirects_are_wagtails_so_editors_can_see_and_change_them(renamed):
    assert set(Redirect.objects.values_list("old_path", "redirect_page_id", "is_permanent")) == {
        ("/en/old-en", renamed.pk, True),
        ("/ja/旧", renamed.pk, True),
    }


def test_a_page_moved_back_to_an_old_address_is_served_there(client, renamed):
    draft = AnnouncementPage.objects.get(pk=renamed.pk)
    draft.slug_en = "old-en"
    draft.save_revision().publish()

    assert client.get("/en/old-en/").status_code == 200
    assert client.get("/en/new-en/")["Location"] == "/en/old-en/"
    assert not Redirect.objects.filter(old_path="/en/old-en").exists()


def test_a_draft_renamed_leaves_no_redirect(home_page):
    page = AnnouncementPageFactory(slug_en="draft-en", slug_ja="draft-ja", publish=False)
    page.slug_en = "renamed"
    page.save()

    assert not Redirect.objects.exists()


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/ja/sd3-unbanned/", "/ja/sd3%E8%A7%A3%E7%A6%81/"),  # the English slug under /ja/
        ("/en/sd3%E8%A7%A3%E7%A6%81/", "/en/sd3-unbanned/"),  # the Japanese slug under /en/
        ("/ja/sd3-unbanned/?utm_source=feed", "/ja/sd3%E8%A7%A3%E7%A6%81/?utm_source=feed"),
    ],
)
def test_a_slug_of_another_language_redirects_to_the_readers_language(client, home_page, path, location):
    AnnouncementPageFactory(slug_en="sd3-unbanned", slug_ja="sd3解禁")

    response = client.get(path)

    assert response.status_code == 301
    assert response["Location"] == location


def test_x_default_leads_a_japanese_reader_to_the_japanese_page(client, home_page):
    AnnouncementPageFactory(slug_en="sd3-unbanned", slug_ja="sd3解禁")

    to_language = client.get("/sd3-unbanned/", headers={"accept-language": "ja"})
    to_page = client.get(to_language["Location"])

    assert to_language["Location"] == "/ja/sd3-unbanned/"
    assert to_page.status_code == 301 and client.get(to_page["Location"]).status_code == 200
