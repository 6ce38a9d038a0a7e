"""A reader's journey in a real browser, plus screenshots and axe-core on every page type."""

import pytest
from playwright.sync_api import expect

from .conftest import run_axe

LICENSE = "/licenses/stability-ai-sd3"
# Every page type, by name; the screenshots are the ones to look at after a run.
PAGES = {
    "index": "/",
    "announcement": "/sd3-un-banned/",
    "faq": "/faq/",
    "license-list": "/licenses/",
    "license": f"{LICENSE}/",
    "license-version": f"{LICENSE}/v1/",
    "license-version-current": f"{LICENSE}/v2/",
    "comparison": f"{LICENSE}/compare/v1/v2/",
    "not-found": "/no-such-page/",
}
SCREENSHOTS = {"index", "announcement", "faq", "license-version", "comparison"}


def test_a_reader_switches_language_follows_a_citation_and_compares_versions(site, page):
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="SD3 is un-banned").click()

    expect(page).to_have_url(f"{site.url}/en/sd3-un-banned/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=2, name="Resolved concerns")).to_be_visible()

    page.locator(".language-switcher").get_by_role("link", name="日本語").click()

    expect(page).to_have_url(f"{site.url}/ja/sd3-un-banned/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.get_by_role("heading", level=1)).to_have_text("SD3を解禁しました：今後を決めるのはコミュニティです")

    # The concern's own citation (its "Before" cites version 1, inside the comparison).
    chip = page.locator(".concerns--resolved .concern > .citation .citation-link").first
    expect(chip).to_contain_text("「派生作品」")
    chip.click()

    expect(page).to_have_url(f"{site.url}/ja{LICENSE}/v2/#derivative-works")
    clause = page.locator("#derivative-works")
    expect(clause).to_be_in_viewport()
    expect(clause.get_by_role("heading")).to_have_text("派生作品")

    page.get_by_role("link", name="第1版と比較").click()

    expect(page).to_have_url(f"{site.url}/ja{LICENSE}/compare/v1/v2/")
    expect(page.get_by_role("heading", level=1)).to_have_text("変更点")
    changed = page.locator("#commercial-use")
    expect(changed.locator(".status")).to_have_text("変更")
    expect(changed.locator("del").first).to_be_visible()
    expect(changed.locator("ins").first).to_be_visible()
    expect(page.locator("#enterprise-license .status")).to_have_text("追加")
    expect(page.locator("#usage-cap .status")).to_have_text("削除")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_page_type_has_no_serious_accessibility_violations(site, page, artifacts, language):
    violations = {}
    for name, path in PAGES.items():
        response = page.goto(f"{site.url}/{language}{path}")
        assert response.status == (404 if name == "not-found" else 200), path
        expect(page.locator("html")).to_have_attribute("lang", language)
        if name in SCREENSHOTS:
            page.screenshot(path=artifacts / f"{name}-{language}.png", full_page=True)
        found = run_axe(page)
        if found:
            violations[name] = found

    assert violations == {}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_announcement_reads_on_a_small_phone_and_prints_cleanly(site, browser, artifacts, language):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{site.url}/{language}/sd3-un-banned/")

    # Nothing sticks out sideways: the reader never has to scroll horizontally.
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=artifacts / f"announcement-{language}-360px.png", full_page=True)
    assert run_axe(phone) == []

    phone.emulate_media(media="print")
    expect(phone.locator(".site-nav")).to_be_hidden()
    expect(phone.locator(".language-switcher")).to_be_hidden()
    expect(phone.locator(".concern").first).to_be_visible()
    phone.screenshot(path=artifacts / f"announcement-{language}-print.png", full_page=True)
    context.close()
