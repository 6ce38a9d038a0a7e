"""A reader searches in Japanese from the header box and follows a result."""

from playwright.sync_api import expect


def test_a_reader_types_a_japanese_query_in_the_header_and_follows_a_result(site, page):
    page.goto(f"{site.url}/ja/")

    box = page.locator("header").get_by_role("searchbox", name="サイト内を検索")
    box.fill("派生")
    box.press("Enter")

    expect(page).to_have_url(f"{site.url}/ja/search/?q=%E6%B4%BE%E7%94%9F")
    results = page.locator(".search-result")
    expect(results.first.locator("mark").first).to_have_text("派生")
    announcement = page.locator(".search-result-announcement")
    expect(announcement.locator(".kind")).to_have_text("お知らせ")

    announcement.get_by_role("link").click()

    expect(page).to_have_url(f"{site.url}/ja/sd3-un-banned/")
    expect(page.get_by_role("heading", level=1)).to_have_text("SD3を解禁しました：今後を決めるのはコミュニティです")
