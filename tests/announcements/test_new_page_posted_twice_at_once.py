"""Two posts of one create form that overlap, as on PostgreSQL in CI: Wagtail 8's first
autosave and a Save draft click sent before its answer arrived.

A barrier lets both requests into the create view together; the one that creates the
page then holds its transaction open a moment, so without creates under one parent
waiting for each other the second would look for the page before it is committed and
add it again (a 500 from the slug check, or a duplicate path)."""

import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client

from announcements.editor.new_pages import CreateOnceView
from announcements.models import AnnouncementIndexPage, AnnouncementPage, PageCreation
from tests.announcements.test_admin import announcement_post
from tests.html import soup

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def add_url():
    """Transactional tests start from a flushed database: load the site as make run does."""
    call_command("load_sd3_notice", stdout=StringIO())
    return f"/admin/pages/add/announcements/announcementpage/{AnnouncementIndexPage.objects.get().pk}/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(username="racer", email="racer@example.com")


def test_two_overlapping_posts_of_one_create_form_make_one_page_that_ends_with_the_click(add_url, editor, monkeypatch):
    browser = Client()
    browser.force_login(editor)
    token = soup(browser.get(add_url)).find("input", attrs={"name": "new_page_form_token"})["value"]
    both_inside = threading.Barrier(2, timeout=10)
    creator = []

    wait_for_others = CreateOnceView.wait_for_other_creates_under_this_parent

    def arrive_together(view):
        both_inside.wait()
        wait_for_others(view)

    record = PageCreation.objects.create

    def record_slowly(**fields):
        creator.append(threading.current_thread().name)
        time.sleep(0.5)  # the page is added, not committed: the other post is waiting now
        return record(**fields)

    monkeypatch.setattr(CreateOnceView, "wait_for_other_creates_under_this_parent", arrive_together)
    monkeypatch.setattr(PageCreation.objects, "create", record_slowly)

    answers = {}

    def post(summary: str, **headers) -> None:
        client = Client(raise_request_exception=False)
        client.force_login(editor)
        data = announcement_post(new_page_form_token=token, summary_en=summary)
        del data["action-publish"]
        try:
            answers[summary] = client.post(add_url, data, **headers).status_code
        finally:
            connection.close()

    autosave = threading.Thread(
        target=post, args=("Typed until the autosave",), kwargs={"HTTP_ACCEPT": "application/json"}, name="autosave"
    )
    click = threading.Thread(target=post, args=("Typed until the click",), name="click")
    for thread in (autosave, click):
        thread.start()
    for thread in (autosave, click):
        thread.join(timeout=30)

    assert answers == {"Typed until the autosave": 200, "Typed until the click": 302}
    page = AnnouncementPage.objects.get(slug_en="maintenance")
    assert len(creator) == 1
    # Whichever made the page, the editor's click is what the page ends with; the autosave
    # is kept in the history only when it came first (after the click it is not saved).
    assert page.get_latest_revision_as_object().summary_en == "Typed until the click"
    summaries = {revision.as_object().summary_en for revision in page.revisions.all()}
    if creator == ["autosave"]:
        assert summaries == {"Typed until the autosave", "Typed until the click"}
    else:
        assert summaries == {"Typed until the click"}
