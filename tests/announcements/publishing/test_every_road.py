"""A language out of date that nobody confirmed never goes live, whichever road publishes:
code, the Publish button, approval (pages and FAQs), reverting to an old version,
scheduling, bulk publishing, copying a live page. Confirmed, it does. (announcements.publishing.translation_gate)"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from announcements.factories import AnnouncementPageFactory, FAQFactory
from announcements.models import FAQ, AnnouncementPage
from announcements.publishing.translation_gate import confirm_translations
from site_config.translation_status.freshness import Freshness
from site_config.translation_status.texts import TranslationsOutOfDate, translation_work
from tests.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

LIVE_SUMMARY = "Three volunteers review reports."
NEW_SUMMARY = "Four volunteers review reports."


@pytest.fixture
def notice(home_page, as_committed) -> AnnouncementPage:
    page = AnnouncementPageFactory(summary_en=LIVE_SUMMARY, summary_ja="3名のボランティアが報告を確認します。")
    as_committed()
    return page


def with_english_summary_changed(page, user=None):
    """A draft whose English summary changed and whose Japanese did not: Japanese out of date."""
    draft = AnnouncementPage.objects.get(pk=page.pk)
    draft.summary_en = NEW_SUMMARY
    return draft.save_revision(user=user)


def live_summary(page) -> str:
    return AnnouncementPage.objects.get(pk=page.pk).summary_en


def out_of_date(item) -> dict:
    latest = type(item).objects.get(pk=item.pk).get_latest_revision().as_object()
    return {text.key: statuses for text, statuses in translation_work(latest)}


def user_in(django_user_model, group: str, username: str):
    user = django_user_model.objects.create_user(username=username, email=f"{username}@example.com")
    user.groups.add(Group.objects.get(name=group))
    return user


# Code --------------------------------------------------------------------------------------


def test_code_cannot_publish_an_unconfirmed_out_of_date_language(notice):
    revision = with_english_summary_changed(notice)

    with pytest.raises(TranslationsOutOfDate) as refused:
        revision.publish()

    assert "Japanese" in str(refused.value.messages) and "Summary" in str(refused.value.messages)
    assert live_summary(notice) == LIVE_SUMMARY


def test_once_confirmed_the_same_revision_publishes(notice, django_user_model):
    revision = with_english_summary_changed(notice)
    moderator = user_in(django_user_model, "Moderators", "moderator")

    assert confirm_translations(revision, user=moderator) == ["ja"]
    revision.refresh_from_db()
    revision.publish()

    assert live_summary(notice) == NEW_SUMMARY
    assert out_of_date(notice) == {}
    assert notice.get_latest_revision().content["summary_ja"] == notice.summary_ja  # confirmed, not rewritten


def test_an_english_only_notice_is_not_held_back_by_its_japanese(notice):
    draft = AnnouncementPage.objects.get(pk=notice.pk)
    draft.summary_en = NEW_SUMMARY
    draft.default_language_only = True
    draft.default_language_only_reason = "The Japanese follows next week."

    draft.save_revision().publish()

    assert live_summary(notice) == NEW_SUMMARY


# Approval ------------------------------------------------------------------------------------


def submitted_for_approval(item, user):
    """``item``'s newest revision, submitted to its workflow (Moderators) by ``user``."""
    workflow = item.get_workflow()
    workflow_state = workflow.start(item, user)
    return workflow_state.current_task_state


def approve_url(item, task_state) -> str:
    if isinstance(item, AnnouncementPage):
        return f"/admin/pages/workflow/action/{item.pk}/approve/{task_state.pk}/"
    return f"/admin/snippets/announcements/faq/workflow/action/{item.pk}/approve/{task_state.pk}/"


@pytest.fixture
def submitted_notice(notice, django_user_model):
    editor = user_in(django_user_model, "Editors", "editor")
    with_english_summary_changed(notice, user=editor)
    return notice, submitted_for_approval(AnnouncementPage.objects.get(pk=notice.pk), editor)


def test_approve_offers_only_the_dialog_that_confirms_translations(submitted_notice, moderator_client):
    notice, task_state = submitted_notice

    dialog = moderator_client.get(approve_url(notice, task_state))

    html = dialog.json()["html"]
    assert "Japanese" in html and "Summary" in html
    assert 'name="translations_checked"' in html


def test_approving_without_confirming_is_refused_with_a_message(submitted_notice, moderator_client):
    notice, task_state = submitted_notice

    response = moderator_client.post(approve_url(notice, task_state), {"comment": ""}, follow=True)

    assert live_summary(notice) == LIVE_SUMMARY
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS  # still awaiting review
    messages = [str(message) for message in response.context["messages"]]
    assert any("Japanese" in message and "Summary" in message for message in messages), messages


def test_approving_with_the_translation_confirmed_publishes(submitted_notice, moderator_client):
    notice, task_state = submitted_notice

    moderator_client.post(approve_url(notice, task_state), {"comment": "", "translations_checked": "on"})

    assert live_summary(notice) == NEW_SUMMARY
    assert out_of_date(notice) == {}
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_APPROVED
    dashboard = moderator_client.get("/admin/")  # where Wagtail's dialog returns the moderator
    messages = [str(message) for message in dashboard.context["messages"]]
    assert messages == [f"“{notice.title}” was approved and published."]


def test_a_faq_approved_without_confirmation_stays_as_it_was(
    home_page, as_committed, moderator_client, django_user_model
):
    faq = FAQFactory()
    faq.save_revision().publish()
    as_committed()
    editor = user_in(django_user_model, "Editors", "editor")
    draft = FAQ.objects.get(pk=faq.pk)
    draft.question_en = "A reworded question?"
    draft.save_revision(user=editor)
    task_state = submitted_for_approval(FAQ.objects.get(pk=faq.pk), editor)

    moderator_client.post(approve_url(faq, task_state), {"comment": ""})
    assert FAQ.objects.get(pk=faq.pk).question_en == faq.question_en

    moderator_client.post(approve_url(faq, task_state), {"comment": "", "translations_checked": "on"})
    assert FAQ.objects.get(pk=faq.pk).question_en == "A reworded question?"


# Reverting -----------------------------------------------------------------------------------


def test_reverting_to_a_version_with_japanese_out_of_date_asks_again(notice, superuser_client):
    stale_revision = with_english_summary_changed(notice)
    both_updated = AnnouncementPage.objects.get(pk=notice.pk)
    both_updated.summary_en, both_updated.summary_ja = "Five volunteers.", "ボランティア5名。"
    both_updated.save_revision().publish()
    revert_url = f"/admin/pages/{notice.pk}/revisions/{stale_revision.pk}/revert/"
    form = edit_form_data(superuser_client, stale_revision.as_object(), url=revert_url)
    form.pop("translations_checked", None)

    response = superuser_client.post(revert_url, form | {"action-publish": "publish"})

    assert response.status_code == 200  # the form again, asking
    assert "Japanese" in str(response.context["form"].errors["translations_checked"])
    assert live_summary(notice) == "Five volunteers."

    superuser_client.post(revert_url, form)  # saved as a draft: its status is what its texts give
    assert out_of_date(notice) == {"summary": {"ja": Freshness.OUT_OF_DATE}}

    superuser_client.post(revert_url, form | {"action-publish": "publish", "translations_checked": "ja"})
    assert live_summary(notice) == NEW_SUMMARY and out_of_date(notice) == {}


# Scheduling ----------------------------------------------------------------------------------


def test_scheduling_is_refused_unconfirmed_and_the_confirmed_schedule_goes_live(notice, django_user_model):
    draft = AnnouncementPage.objects.get(pk=notice.pk)
    draft.summary_en = NEW_SUMMARY
    draft.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = draft.save_revision()

    with pytest.raises(TranslationsOutOfDate):
        revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None

    confirm_translations(revision, user=user_in(django_user_model, "Moderators", "moderator"))
    revision.refresh_from_db()
    revision.publish()  # scheduled
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None and live_summary(notice) == LIVE_SUMMARY

    # An hour later (the revision keeps the go-live time it was scheduled with).
    an_hour_later = timezone.now() - datetime.timedelta(seconds=1)
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.approved_go_live_at = an_hour_later
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")

    assert live_summary(notice) == NEW_SUMMARY


# Bulk publishing -----------------------------------------------------------------------------


def test_bulk_publish_refuses_an_out_of_date_page_with_a_message(notice, superuser_client):
    with_english_summary_changed(notice)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={notice.pk}"

    response = superuser_client.post(url, {}, HTTP_REFERER="http://testserver/admin/pages/", follow=True)

    assert response.status_code == 200
    assert live_summary(notice) == LIVE_SUMMARY
    messages = [str(message) for message in response.context["messages"]]
    assert any("Japanese" in message for message in messages), messages


def test_scheduling_from_code_is_refused_unconfirmed(notice):
    """``save_revision(approved_go_live_at=…)`` schedules without the publish action: the
    same check runs there, so the go-live never meets an unconfirmed language."""
    draft = AnnouncementPage.objects.get(pk=notice.pk)
    draft.summary_en = NEW_SUMMARY

    with pytest.raises(TranslationsOutOfDate):
        draft.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")

    assert live_summary(notice) == LIVE_SUMMARY


# Copies --------------------------------------------------------------------------------------


def copy_form(notice, **changes) -> dict:
    """The copy form as its page fills it in, with ``changes`` (a new slug in each language)."""
    return {
        "new_title_en": notice.title_en,
        "new_title_ja": notice.title_ja,
        "new_slug_en": f"{notice.slug_en}-copy",
        "new_slug_ja": f"{notice.slug_ja}-copy",
        "new_parent_page": notice.get_parent().pk,
        "publish_copies": "on",
    } | changes


def copies_of(notice):
    return AnnouncementPage.objects.exclude(pk=notice.pk)


def test_code_cannot_copy_a_page_live_with_one_language_title_changed(notice):
    with pytest.raises(TranslationsOutOfDate) as refused:
        notice.copy(
            to=notice.get_parent(),
            update_attrs={"title_en": "A copy", "slug_en": "a-copy", "slug_ja": "a-copy-ja"},
            keep_live=True,
        )

    assert "Japanese" in str(refused.value.messages) and "Title" in str(refused.value.messages)
    assert not copies_of(notice).exists()


def test_a_copy_with_both_titles_changed_goes_live(notice):
    copy = notice.copy(
        to=notice.get_parent(),
        update_attrs={"title_en": "A copy", "title_ja": "写し", "slug_en": "a-copy", "slug_ja": "a-copy-ja"},
        keep_live=True,
    )

    assert copy.live and copy.specific.title_ja == "写し"


def test_the_copy_form_refuses_publishing_keeps_what_was_typed_and_copies_as_a_draft(notice, superuser_client):
    url = f"/admin/pages/{notice.pk}/copy/"

    refused = superuser_client.post(url, copy_form(notice, new_title_en="Holiday hours, 2027"))

    assert refused.status_code == 200 and not copies_of(notice).exists()
    form = refused.context["form"]
    assert "Japanese" in str(form.errors["publish_copies"])
    assert form["new_title_en"].value() == "Holiday hours, 2027"

    without_publishing = copy_form(notice, new_title_en="Holiday hours, 2027")
    del without_publishing["publish_copies"]
    superuser_client.post(url, without_publishing)

    copy = copies_of(notice).get()
    assert not copy.live and copy.title_en == "Holiday hours, 2027"
    assert out_of_date(copy) == {"title": {"ja": Freshness.OUT_OF_DATE}}
