"""Two roads to publication besides the Publish button, walked in a real browser: a
moderator approving a change whose Japanese is out of date (Dashboard → Awaiting your
review → Approve) and an editor publishing an old revision again (History → Review this
version). Each asks the person to confirm the Japanese before anything goes live."""

import re

from playwright.sync_api import expect

from announcements.models import AnnouncementPage

NEW_SUMMARY = "Four volunteers now review every report within a day."


def english_summary_changed(notice: AnnouncementPage):
    """A draft of ``notice`` whose English summary changed and whose Japanese did not."""
    draft = AnnouncementPage.objects.get(pk=notice.pk)
    draft.summary_en = NEW_SUMMARY
    return draft.save_revision(log_action=True)  # listed in the page's history, as an edit in the admin is


def submitted_for_review(notice: AnnouncementPage) -> None:
    """``notice``'s newest revision in the site's approval workflow. A live-server test's
    database is flushed after each test, taking the workflow Wagtail's migrations made with
    it: made again here when missing, as the migrations make it."""
    from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

    from announcements.publishing.approval import TranslationCheckedApprovalTask
    from announcements.roles import APPROVAL_WORKFLOW

    workflow = Workflow.objects.filter(name=APPROVAL_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=APPROVAL_WORKFLOW)
        task = TranslationCheckedApprovalTask.objects.create(name=APPROVAL_WORKFLOW)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())
    workflow.start(AnnouncementPage.objects.get(pk=notice.pk), None)


def live_summary(notice) -> str:
    return AnnouncementPage.objects.get(pk=notice.pk).summary_en


def open_approve_dialog(page, notice) -> None:
    """Dashboard → Awaiting your review → the notice's ⋯ → Approve."""
    row = page.locator("#awaiting-review-content tr", has_text=notice.title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve and confirm translations").click()


def test_approving_asks_to_confirm_the_japanese_first(site, editor, artifacts):
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    english_summary_changed(notice)
    submitted_for_review(notice)
    page = editor

    page.goto(f"{site.url}/admin/")
    open_approve_dialog(page, notice)
    dialog = page.locator(".modal-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Japanese")
    expect(dialog).to_contain_text("Summary")
    page.screenshot(path=str(artifacts / "admin-approve-confirm-translations.png"), full_page=False)

    dialog.get_by_role("button", name="Approve and confirm translations").click()  # box left unticked
    expect(page.locator(".messages")).to_contain_text("may no longer say the same")
    assert live_summary(notice) != NEW_SUMMARY

    open_approve_dialog(page, notice)
    dialog = page.locator(".modal-dialog")
    dialog.get_by_label("I have checked the translations listed above").check()
    dialog.get_by_role("button", name="Approve and confirm translations").click()
    # Wagtail reloads the dashboard after an approval, without a message: nothing awaits review.
    expect(page.locator("#awaiting-review-content tr", has_text=notice.title)).to_have_count(0)
    assert live_summary(notice) == NEW_SUMMARY


def test_publishing_an_old_revision_asks_to_confirm_the_japanese(site, editor, artifacts):
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    stale = english_summary_changed(notice)
    both = AnnouncementPage.objects.get(pk=notice.pk)
    both.summary_en, both.summary_ja = "Five volunteers.", "ボランティア5名。"
    both.save_revision().publish()
    page = editor

    page.goto(f"{site.url}/admin/pages/{notice.pk}/history/")
    row = page.locator("tbody tr", has_text="Draft saved")  # the English-only edit
    row.locator("button.w-dropdown__toggle").click()
    row.get_by_role("link", name="Review this version").click()
    expect(page).to_have_url(re.compile(f"/revisions/{stale.pk}/revert/"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish this version").click()
    expect(page.get_by_text("may no longer say the same").first).to_be_visible()
    # The summary at the top names the field the refusal is on, not one of its choices.
    expect(page.locator(".messages [data-error-list] a").first).to_have_text(re.compile("^Translations checked: "))
    page.screenshot(path=str(artifacts / "admin-revert-confirm-translations.png"), full_page=False)
    assert live_summary(notice) == "Five volunteers."

    page.locator("input[name=translations_checked][value=ja]").check()  # "Translations checked": Japanese
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish this version").click()
    expect(page.locator(".messages")).to_contain_text("published")
    assert live_summary(notice) == NEW_SUMMARY


def test_a_japanese_editor_works_in_japanese(site, editor, artifacts):
    """Screens as a Japanese-preferring editor sees them (their text is checked in
    tests/announcements/test_admin_in_japanese.py; here, how they look)."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "ja"
    profile.save()
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    english_summary_changed(notice)
    submitted_for_review(notice)
    page = editor

    page.goto(f"{site.url}/admin/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.get_by_role("heading", name="あなたのレビューの待機中")).to_be_visible()
    page.screenshot(path=str(artifacts / "admin-japanese-dashboard.png"), full_page=False)
    page.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    expect(page.get_by_text("翻訳の状態").first).to_be_visible()
    page.wait_for_load_state("networkidle")  # the StreamField and the sidebar are drawn by script
    page.screenshot(path=str(artifacts / "admin-japanese-edit-view.png"), full_page=False)
    # What scripts draw: the body's chooser blocks (whose texts Wagtail once fixed in the
    # first editor's language), the language toggle, the sidebar.
    shown = page.locator("body").inner_text()
    drawn_by_script = ("Choose license version", "Collapse all", "View / edit fields for", "Help")
    assert [text for text in drawn_by_script if text in shown] == []
    assert "出典のライセンスの版を選択" in shown or "ライセンスの版を選択" in shown
