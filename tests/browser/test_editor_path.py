"""The whole path of an editor writing a notice, in a real browser: a resolved concern
citing a clause chosen through the choosers, both languages side by side, the Japanese
preview, publish; an English-only change shows the Japanese as out of date in the edit
view, the listing filter and the report; fixed and published again, the notice is right
in both languages' pages and feeds."""

import re

from playwright.sync_api import expect

from announcements.models import AnnouncementIndexPage, AnnouncementPage

TITLE_EN, TITLE_JA = "Derivative works are settled", "派生作品の扱いが決まりました"


def rich_text(block, name: str, text: str) -> None:
    editor = block.locator(f'[data-contentpath="{name}"] [contenteditable="true"]')
    editor.click()
    editor.page.keyboard.type(text)


def settle(page) -> None:
    """Wait for Wagtail's autosave (every half second while typing) and any preview update
    to finish before clicking, as a person would. (A click racing the autosave that creates
    a new page is saved to that same page, see tests/announcements/test_new_page_posted_twice*;
    here the path is walked at a person's pace, with no race to win.)"""
    page.wait_for_load_state("networkidle")


def publish(page) -> None:
    settle(page)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()


def test_an_editor_writes_publishes_and_corrects_a_bilingual_notice(site, editor, artifacts):
    page = editor
    index = AnnouncementIndexPage.objects.get()
    page.goto(f"{site.url}/admin/pages/add/announcements/announcementpage/{index.pk}/")

    # Both languages side by side: show the Japanese fields beside the English.
    japanese = page.locator("button.locale-toggle", has_text="ja").first
    if "showing-locale" not in (japanese.get_attribute("class") or ""):
        japanese.click()
    page.fill("input[name=title_en]", TITLE_EN)
    page.fill("input[name=title_ja]", TITLE_JA)
    # The address is shared by both languages and ASCII: set it on Promote, as an editor may.
    # Wagtail fills the address in from the English title a moment after typing stops: wait
    # for it, as a person would, or it lands mid-way through the typing below and the two
    # run together ("derivative-works-are-settledderivative-works-are-settled").
    page.get_by_role("tab", name="Promote").click()
    slug = page.locator("input[name=slug_en]")
    expect(slug).to_have_value("derivative-works-are-settled")
    slug.fill("derivative-works-are-settled")
    expect(slug).to_have_value("derivative-works-are-settled")
    page.get_by_role("tab", name="Content").click()
    page.fill("textarea[name=summary_en]", "Models trained on outputs are no longer derivative works.")
    page.fill("textarea[name=summary_ja]", "出力で学習したモデルは、派生作品に当たらなくなりました。")

    # A resolved concern, its texts in both languages, citing version 2's clause.
    page.get_by_title("Insert a block").first.click()
    page.get_by_role("option", name="Resolved concern").click()
    block = (
        page.locator('[data-contentpath="body"] [data-contentpath]')
        .filter(has=page.locator('[data-contentpath="now_en"]'))
        .first
    )
    block.locator('[data-contentpath="title_en"] input').fill("Derivative works")
    block.locator('[data-contentpath="title_ja"] input').fill("派生作品")
    rich_text(block, "now_en", "Version 2 no longer treats such models as derivative works.")
    rich_text(block, "now_ja", "第2版では、こうしたモデルは派生作品に当たりません。")

    citation = block.locator('[data-contentpath="citation"]')
    citation.locator('[data-contentpath="version"]').get_by_role("button", name="Choose").first.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name="version 2").first.click()
    expect(modal).to_be_hidden()
    citation.locator('[data-contentpath="clause"]').get_by_role("button", name="Choose a clause").click()
    # Only the chosen version's clauses are offered.
    rows = modal.locator("tbody tr")
    expect(rows.first).to_be_visible()
    assert all("version 2" in row for row in rows.all_inner_texts())
    modal.get_by_role("link", name="Derivative works").first.click()
    expect(modal).to_be_hidden()
    page.screenshot(path=str(artifacts / "admin-new-notice-both-languages.png"), full_page=True)

    # Saved as a draft first; then the Japanese preview of the draft, and publish.
    settle(page)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text(re.compile("created|updated"))
    assert AnnouncementPage.objects.filter(title_en=TITLE_EN).count() == 1
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("html")).to_have_attribute("lang", "en", timeout=15_000)
    page.locator("select[name=preview_mode]").select_option("ja")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE_JA, timeout=15_000)
    page.get_by_role("button", name="Toggle preview").click()
    settle(page)  # no preview update or autosave still on its way

    publish(page)
    expect(page.locator(".messages")).to_contain_text("has been published", timeout=15_000)
    notice = AnnouncementPage.objects.get(title_en=TITLE_EN)
    assert notice.live

    # Only the English changes: the Japanese is out of date everywhere an editor looks.
    page.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    page.fill("textarea[name=summary_en]", "Models trained on SD3 outputs are not derivative works any more.")
    settle(page)
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated")).to_be_visible()
    status = page.locator("[data-translation-status]")
    expect(status.locator('[data-language="ja"][data-status="out_of_date"]')).to_have_count(1)
    page.screenshot(path=str(artifacts / "admin-edit-view-japanese-out-of-date.png"), full_page=False)

    page.goto(f"{site.url}/admin/announcements/?translation=out_of_date:ja")
    expect(page.locator("table.listing")).to_contain_text(TITLE_EN)
    page.screenshot(path=str(artifacts / "admin-listing-japanese-out-of-date.png"), full_page=False)
    page.goto(f"{site.url}/admin/reports/translations/?language=ja")
    expect(page.get_by_role("link", name=TITLE_EN)).to_be_visible()
    page.screenshot(path=str(artifacts / "admin-translation-report-path.png"), full_page=False)

    # Publishing now asks: the Japanese may no longer say the same.
    page.goto(f"{site.url}/admin/pages/{notice.pk}/edit/")
    publish(page)
    expect(page.get_by_text("may no longer say the same").first).to_be_visible()

    # Fixed: the Japanese is rewritten too, and the notice publishes.
    japanese = page.locator("button.locale-toggle", has_text="ja").first
    if "showing-locale" not in (japanese.get_attribute("class") or ""):
        japanese.click()
    page.fill("textarea[name=summary_ja]", "SD3の出力で学習したモデルは、もう派生作品ではありません。")
    publish(page)
    expect(page.get_by_text("has been published")).to_be_visible()

    page.goto(f"{site.url}/admin/reports/superseded-citations/")
    page.screenshot(path=str(artifacts / "admin-superseded-citations-report.png"), full_page=False)

    # Readers see the corrected notice in both languages, and so do feed readers.
    for language, summary, heading in (
        ("en", "not derivative works any more", "Derivative works"),
        ("ja", "もう派生作品ではありません", "派生作品"),
    ):
        page.goto(f"{site.url}/{language}/{notice.slug_en}/")
        expect(page.locator("main")).to_contain_text(summary)
        expect(page.locator("main")).to_contain_text(heading)
        expect(page.locator("main")).to_contain_text("2")  # the cited version's label
        feed = page.request.get(f"{site.url}/{language}/feeds/json/").json()
        [item] = [item for item in feed["items"] if notice.slug_en in item["url"]]
        assert summary in item["summary"]
