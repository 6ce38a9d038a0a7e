"""Editing in a real browser: an error in the hidden language shown and listed, the
Japanese preview from the edit view, the schedule dialog's time zone."""

from playwright.sync_api import expect

from announcements.models import AnnouncementPage


def test_an_error_in_the_hidden_language_is_shown(site, editor, artifacts):
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    editor.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    editor.evaluate("localStorage.removeItem('initially_loaded_locale')")  # only English shown
    editor.reload()
    title_ja = editor.locator("input[name=title_ja]")
    expect(title_ja).to_be_hidden()

    title_ja.evaluate("input => { input.value = '' }")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()

    expect(title_ja).to_be_visible()  # the Japanese fields open to show their error
    message = "This field is required in Japanese before the page can be published."
    expect(editor.locator("form").get_by_text(message)).to_be_visible()
    # The summary at the top names every error with its field and language, and the tab
    # badge counts them all.
    listed = editor.locator(".messages [data-error-list] a")
    errors = editor.locator("form :not([hidden]):is(.error-message,.help-critical)")
    expect(listed.first).to_have_text(f"Title (Japanese): {message}")
    expect(listed).to_have_count(errors.count())
    expect(editor.locator(".w-tabs__errors [data-w-count-target=total]").first).to_have_text(str(errors.count()))
    editor.screenshot(path=str(artifacts / "admin-error-in-japanese.png"), full_page=False)


def test_the_edit_view_previews_the_notice_in_japanese(site, editor, artifacts):
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    editor.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    editor.get_by_role("button", name="Toggle preview").click()
    preview = editor.frame_locator("#w-preview-iframe")  # Wagtail swaps in a fresh iframe per render
    # The preview renders after the form is sent: wait for it before switching the mode.
    expect(preview.locator("html")).to_have_attribute("lang", "en", timeout=15_000)
    editor.locator("select[name=preview_mode]").select_option("ja")
    expect(preview.locator("html")).to_have_attribute("lang", "ja", timeout=15_000)
    expect(preview.get_by_role("heading", level=1)).to_have_text("SD3を解禁しました：今後を決めるのはコミュニティです")
    editor.screenshot(path=str(artifacts / "admin-japanese-preview.png"), full_page=False)


def test_the_schedule_dialog_shows_the_sites_time_zone(site, editor, artifacts):
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    editor.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    editor.get_by_role("button", name="Status").first.click()
    editor.get_by_role("button", name="Set schedule").click()

    dialog = editor.locator("#schedule-publishing-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Site time: Asia/Tokyo (JST, UTC+09:00).").first).to_be_visible()
    editor.screenshot(path=str(artifacts / "admin-schedule-dialog.png"), full_page=False)
