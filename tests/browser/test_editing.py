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


def test_a_click_during_a_background_save_reports_no_other_window(site, editor, monkeypatch):
    """Typing, then Publish (refused: the Japanese is out of date), then Save draft, said
    "You saved a new version in another window" 3 times in 5: the click raced the
    autosave. The server is made slow at background saves here, so that one is in flight
    when Publish is clicked; the page that comes back must know the version it made."""
    slow_background_saves(monkeypatch)
    notice = AnnouncementPage.objects.get(slug_en="sd3-un-banned")
    refused_saves = []
    editor.on(
        "response",
        lambda response: (
            refused_saves.append(response.url) if response.request.method == "POST" and response.status == 400 else None
        ),
    )
    editor.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    editor.wait_for_timeout(1500)  # the editor's scripts start watching for changes
    with editor.expect_request(is_background_save, timeout=10_000):
        editor.locator("textarea[name=summary_en]").press_sequentially(" Four volunteers.", delay=20)
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    expect(editor.locator(".messages")).to_contain_text("may no longer say the same")

    editor.wait_for_timeout(1500)  # the page's first ping and background save
    dialog = editor.locator("#w-save-confirmation-dialog")
    expect(dialog).to_be_hidden()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Save draft").click()
    editor.wait_for_timeout(1500)

    expect(dialog).to_be_hidden()
    assert refused_saves == []  # no background save was refused as overwriting a newer version


def is_background_save(request) -> bool:
    return request.method == "POST" and "application/json" in (request.headers.get("accept") or "")


def slow_background_saves(monkeypatch) -> None:
    """The live server (a thread of this process) takes 0.8 s over each autosave."""
    import time

    from wagtail.admin.views.pages.edit import EditView

    post = EditView.post

    def slow_post(self, request, *args, **kwargs):
        if "application/json" in request.headers.get("Accept", ""):
            time.sleep(0.8)
        return post(self, request, *args, **kwargs)

    monkeypatch.setattr(EditView, "post", slow_post)
