"""A new page's create form posted twice (Wagtail 8's autosave raced by a click) makes one
page, keeps what the second post carried, and never answers 5xx."""

import uuid

import pytest

from announcements.models import AnnouncementPage, PageCreation
from tests.announcements.test_admin import announcement_post
from tests.html import soup

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def add_url(home_page):
    return f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/"


def form_token(client, add_url) -> str:
    """The token the create form carries, as the browser posts it."""
    return soup(client.get(add_url)).find("input", attrs={"name": "new_page_form_token"})["value"]


def draft(token: str, **fields) -> dict:
    data = announcement_post(new_page_form_token=token, **fields)
    del data["action-publish"]
    return data


def test_the_create_form_carries_a_token_of_its_own(editor_client, add_url):
    first, second = form_token(editor_client, add_url), form_token(editor_client, add_url)

    assert uuid.UUID(first) != uuid.UUID(second)


def test_save_draft_after_the_first_autosave_saves_to_the_page_it_made(editor_client, add_url):
    token = form_token(editor_client, add_url)
    autosave = editor_client.post(add_url, draft(token, summary_en="Typed so far"), **AUTOSAVE)
    assert autosave.status_code == 200 and autosave.json()["success"]

    response = editor_client.post(add_url, draft(token, summary_en="Everything typed before the click"), follow=True)

    assert response.status_code == 200
    page = AnnouncementPage.objects.get()
    assert page.pk == autosave.json()["pk"]
    assert response.redirect_chain[-1][0] == f"/admin/pages/{page.pk}/edit/"
    assert page.get_latest_revision_as_object().summary_en == "Everything typed before the click"
    assert page.revisions.count() == 2  # the autosave's revision is kept in the history
    messages = [str(message) for message in response.context["messages"]]
    assert any("instead of creating a second one" in message for message in messages)


def test_publish_after_the_first_autosave_publishes_the_page_it_made(moderator_client, add_url, client):
    token = form_token(moderator_client, add_url)
    moderator_client.post(add_url, draft(token), **AUTOSAVE)

    final = announcement_post(new_page_form_token=token, summary_en="Final words", summary_ja="最後の言葉")
    response = moderator_client.post(add_url, final)

    assert response.status_code == 302, response.context["form"].errors
    page = AnnouncementPage.objects.get()
    assert page.live and page.summary_en == "Final words"
    assert "Final words" in client.get("/en/maintenance/").content.decode()


def test_an_autosave_retried_after_a_lost_answer_moves_the_form_to_the_edit_view(editor_client, add_url):
    token = form_token(editor_client, add_url)
    first = editor_client.post(add_url, draft(token), **AUTOSAVE).json()

    retry = editor_client.post(add_url, draft(token, summary_en="Typed meanwhile"), **AUTOSAVE)

    assert retry.status_code == 200
    answer = retry.json()
    assert answer["success"] and answer["pk"] == first["pk"]
    assert answer["url"] == f"/admin/pages/{first['pk']}/edit/"
    assert answer["hydrate_url"] == f"/admin/pages/{first['pk']}/edit/?_w_hydrate_create_view=1"
    assert AnnouncementPage.objects.get().get_latest_revision_as_object().summary_en == "Typed meanwhile"


def test_a_second_form_with_the_same_slug_gets_a_form_error_with_its_text_kept(editor_client, add_url):
    editor_client.post(add_url, draft(form_token(editor_client, add_url)))

    response = editor_client.post(add_url, draft(form_token(editor_client, add_url), summary_en="Another notice"))

    assert response.status_code == 200
    assert "This slug is already in use" in str(response.context["form"].errors["slug_en"])
    assert "Another notice" in response.content.decode()
    assert AnnouncementPage.objects.count() == 1


def test_a_form_without_a_token_is_created_as_wagtail_would(editor_client, add_url):
    response = editor_client.post(add_url, draft(""))

    assert response.status_code == 302
    assert AnnouncementPage.objects.count() == 1
    assert not PageCreation.objects.exists()


def test_a_deleted_page_frees_its_form_token(editor_client, superuser_client, add_url):
    token = form_token(editor_client, add_url)
    editor_client.post(add_url, draft(token))
    AnnouncementPage.objects.get().delete()

    response = editor_client.post(add_url, draft(token))

    assert response.status_code == 302
    assert AnnouncementPage.objects.count() == 1


@pytest.mark.parametrize("autosaved", ["the same words", "older words"])
def test_an_autosave_arriving_after_the_click_that_made_the_page_is_not_saved(editor_client, add_url, autosaved):
    """Sent while the click's answer was on its way (the same words) or before the click
    and delivered after it (older ones): either way the editor's click is what stays, and
    the edit view the click leads to is not out of date (no "saved in another window")."""
    token = form_token(editor_client, add_url)
    click = editor_client.post(add_url, draft(token, summary_en="Everything typed before the click"))
    assert click.status_code == 302
    page = AnnouncementPage.objects.get()
    revision = page.latest_revision

    summary = "Everything typed before the click" if autosaved == "the same words" else "Typed earlier"
    autosave = editor_client.post(add_url, draft(token, summary_en=summary), **AUTOSAVE)

    assert autosave.status_code == 200
    answer = autosave.json()
    assert answer["success"] and answer["pk"] == page.pk
    assert (answer["revision_id"], answer["revision_created_at"]) == (revision.pk, revision.created_at.isoformat())
    assert answer["url"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    assert page.revisions.count() == 1 and page.latest_revision_id == revision.pk
    assert page.get_latest_revision_as_object().summary_en == "Everything typed before the click"
