"""The admin speaks Japanese to an editor who prefers it: every screen an editor works in
(dashboard, explorer, edit and add views, listings, reports, workflow screens, history and
compare) has no English interface text. Where Wagtail's own Japanese catalogue lacks a
string, the site's supplies it (locale/wagtail_admin/).

What may stay as it is: the content itself (the English titles and texts an editor wrote),
names (Wagtail, people, sites, licenses, the workflows an administrator named), examples of
what to type (a URL, a clause key) and each language's own name in the language switcher.
Text no one sees (<noscript> for browsers without JavaScript, elements marked hidden) is
not checked.
"""

import os
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from announcements.factories import AnnouncementPageFactory, FAQFactory
from licenses.factories import LicenseVersionFactory

pytestmark = pytest.mark.django_db

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}(?:['’][A-Za-z]+)*|[A-Za-z]{1,2}['’][A-Za-z]+")
# Names, not interface text: the product, a person, the test site's host, and markup
# Wagtail's templates leave as text.
NAMES = {"Wagtail", "admin", "localhost", "testserver", "English", "html", "URL", "SEO", "SD3", "Root", "Stability"}
# What an example shows to type, not words to read: a web address, a key such as derivative-works.
EXAMPLES = re.compile(r"https?://\S+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")


def english_text(html: str, content_words: set[str]) -> list[str]:
    """Every text a reader of the screen sees (or hears: labels and titles) that has an
    English word in it, other than content and names."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "template", "textarea", "noscript", "svg"]):
        tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    texts = [" ".join(text.split()) for text in soup.find_all(string=True)]
    texts += [tag[name] for name in ATTRIBUTES for tag in soup.find_all(attrs={name: True})]
    return sorted(
        {
            text
            for text in texts
            if any(
                word not in content_words and word not in NAMES for word in ENGLISH_WORD.findall(EXAMPLES.sub("", text))
            )
        }
    )


@pytest.fixture
def japanese_admin(superuser_client):
    user = get_user_model().objects.get(pk=superuser_client.session["_auth_user_id"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    return superuser_client


@pytest.fixture
def content(home_page):
    """A notice with a draft waiting in moderation, a FAQ and a license version, each with
    its English texts: the words of those are content, allowed on any screen."""
    notice = AnnouncementPageFactory(title_en="Holiday support hours", title_ja="年末年始のサポート時間", resolved=1)
    published_summary = notice.summary_en  # shown beside the draft's on the compare screen
    notice.summary_en = "Support answers within two working days."  # the Japanese is now out of date
    draft = notice.save_revision()
    task = notice.get_workflow().start(notice, notice.owner).current_task_state  # awaiting review
    faq = FAQFactory(question_en="Can I share images?", question_ja="画像を共有できますか？")
    faq.save_revision().publish()
    version = LicenseVersionFactory(clauses=["revocation"])
    version.save_revision()
    words = {word for workflow in Workflow.objects.all() for word in ENGLISH_WORD.findall(workflow.name)}
    words.update(ENGLISH_WORD.findall(f"{settings.WAGTAIL_SITE_NAME} {published_summary}"))
    for item in (notice, faq, version, version.license, home_page, *version.clauses.all()):
        for field in item._meta.concrete_fields:
            value = getattr(item, field.attname, None)
            if isinstance(value, str) and not field.name.endswith("_ja"):
                words.update(ENGLISH_WORD.findall(value))
    return {
        "notice": notice,
        "draft": draft,
        "task": task,
        "faq": faq,
        "version": version,
        "home": home_page,
        "words": words,
    }


SCREENS = {
    "dashboard": lambda c: "/admin/",
    "explorer": lambda c: f"/admin/pages/{c['home'].pk}/",
    "page edit": lambda c: f"/admin/pages/{c['notice'].pk}/edit/",
    "page add": lambda c: f"/admin/pages/add/announcements/announcementpage/{c['home'].pk}/",
    "page history": lambda c: f"/admin/pages/{c['notice'].pk}/history/",
    "page compare": lambda c: f"/admin/pages/{c['notice'].pk}/revisions/compare/earliest...{c['draft'].pk}/",
    "announcements listing": lambda c: "/admin/announcements/",
    "FAQ listing": lambda c: "/admin/snippets/announcements/faq/",
    "FAQ edit": lambda c: f"/admin/snippets/announcements/faq/edit/{c['faq'].pk}/",
    "FAQ history": lambda c: f"/admin/snippets/announcements/faq/history/{c['faq'].pk}/",
    "license versions listing": lambda c: "/admin/snippets/licenses/licenseversion/",
    "license version edit": lambda c: f"/admin/snippets/licenses/licenseversion/edit/{c['version'].pk}/",
    "translations report": lambda c: "/admin/reports/translations/",
    "superseded citations report": lambda c: "/admin/reports/superseded-citations/",
    "workflows": lambda c: "/admin/workflows/list/",
    "approve dialog": lambda c: f"/admin/pages/workflow/action/{c['notice'].pk}/approve/{c['task'].pk}/",
    "workflow history": lambda c: f"/admin/pages/{c['notice'].pk}/workflow_history/",
}


@pytest.mark.parametrize("screen", SCREENS)
def test_a_japanese_editor_meets_no_english_interface_text(japanese_admin, content, screen):
    response = japanese_admin.get(SCREENS[screen](content))

    assert response.status_code == 200
    # A dialog comes as JSON holding its HTML.
    html = response.json()["html"] if response["Content-Type"] == "application/json" else response.content.decode()
    found = english_text(html, content["words"])
    if os.environ.get("DUMP_ENGLISH"):
        print("\n".join(f"FOUND\t{screen}\t{text}" for text in found))
    assert found == []
