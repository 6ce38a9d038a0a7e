"""Stored text with many unclosed tags or entities never turns a page into an error or a
slow answer (Django's strip_tags refuses the first with SuspiciousOperation, a 400, and
is quadratic in both). ``plain_text`` gives what strip_tags gives for what editors write."""

import pytest
from django.utils.html import strip_tags

from announcements.factories import AnnouncementPageFactory, FAQFactory, FAQPageFactory
from announcements.models import AnnouncementPage
from site_config.plain_text import plain_text
from tests.announcements.test_admin import announcement_post

UNCLOSED = "<a" * 50 + "a" * 950


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Fish &amp; <b>chips</b></p>", "Fish &amp; chips"),
        (UNCLOSED, UNCLOSED),  # no tag closes: text, as strip_tags reads "x <a"
        ("<b>" * 60 + "x" + "</b>" * 60, "x"),
        ("<a" * 60 + ">text", "text"),
        ("", ""),
        (None, ""),
    ],
)
def test_plain_text_drops_markup_and_never_raises(html, text):
    assert plain_text(html) == text


@pytest.mark.parametrize(
    "html",
    [
        '<p>Read <a href="/en/licenses/">the license</a> &amp; the <i>FAQ</i>.</p>',
        "<h2>Now</h2><ul><li>One</li><li>Two &lt; three</li></ul>",
        "Prices < $10, 3 > 2",
        "x <a",
        "<a<a<a>text",
        "<!-- note -->kept",
        "<p>" + "&lt;" * 500 + "</p>",
    ],
)
def test_plain_text_reads_what_editors_write_as_strip_tags_does(html):
    assert plain_text(html) == strip_tags(html)


@pytest.mark.django_db
def test_a_summary_of_unclosed_tags_is_saved_and_its_page_answers_in_both_languages(moderator_client, home_page):
    post = announcement_post(summary_en=UNCLOSED, summary_ja=UNCLOSED + "。")
    response = moderator_client.post(f"/admin/pages/add/announcements/announcementpage/{home_page.pk}/", post)
    assert response.status_code == 302
    page = AnnouncementPage.objects.get(slug_en="maintenance")

    for language in ("en", "ja"):
        response = moderator_client.get(f"/{language}/maintenance/")
        assert response.status_code == 200
        assert "a" * 100 in response.content.decode()
        assert moderator_client.get(f"/{language}/").status_code == 200
        for name in ("rss", "atom", "json"):
            assert moderator_client.get(f"/{language}/feeds/{name}/").status_code == 200
    assert moderator_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_a_seo_description_and_faq_answer_of_unclosed_tags_still_answer(client, home_page):
    FAQPageFactory()
    FAQFactory(answer_en=f"<p>{UNCLOSED}</p>", answer_ja=f"<p>{UNCLOSED}</p>")
    page = AnnouncementPageFactory(search_description_en=UNCLOSED, search_description_ja=UNCLOSED)

    for language in ("en", "ja"):
        assert client.get(f"/{language}/faq/").status_code == 200
        assert client.get(f"/{language}/{page.slug_en}/").status_code == 200
        assert client.get(f"/{language}/").status_code == 200
