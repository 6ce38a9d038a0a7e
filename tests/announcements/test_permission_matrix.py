"""Who may do what in the admin: anonymous visitors, Editors and Moderators against every
admin screen this project adds and every page, snippet and workflow action.

Editors write and submit announcements and FAQs and may read (and so cite) licenses,
versions and topics; Moderators also approve, publish and maintain licenses, versions,
topics and FAQs. Each case is performed for real and judged by what it did (a screen
shown, a page published, a workflow started), so an unexpected success fails as loudly
as an unexpected refusal.
"""

from dataclasses import dataclass

import pytest
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.factories import AnnouncementPageFactory, FAQFactory, TopicFactory
from announcements.models import FAQ, AnnouncementPage
from licenses.factories import LicenseVersionFactory
from tests.wsgi_door import DoorClient

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "Editors", "Moderators")


@dataclass
class Site:
    page: AnnouncementPage  # live
    draft: AnnouncementPage  # never published
    faq: FAQ
    topic: object
    version: object


@pytest.fixture
def site(home_page):
    version = LicenseVersionFactory(clauses=["revocation"])
    return Site(
        page=AnnouncementPageFactory(),
        draft=AnnouncementPageFactory(publish=False),
        faq=FAQFactory(),
        topic=TopicFactory(),
        version=version,
    )


def shows(url):
    """A screen: allowed when it is shown (200), refused when redirected or forbidden."""

    def check(client: DoorClient, site: Site) -> bool:
        response = client.get(url(site) if callable(url) else url)
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        return response.status_code == 200

    return check


def page_post(page: AnnouncementPage, action: str) -> dict:
    return nested_form_data(
        {
            "title_en": page.title_en,
            "title_ja": page.title_ja,
            "slug_en": page.slug_en,
            "slug_ja": page.slug_ja or "",
            "date": page.date.isoformat(),
            "date_precision": page.date_precision,
            "summary_en": page.summary_en,
            "summary_ja": page.summary_ja,
            "body": streamfield([]),
            "updates": inline_formset([]),
            action: action.removeprefix("action-"),
        }
    )


def publishes_draft_page(client, site):
    client.post(f"/admin/pages/{site.draft.pk}/edit/", page_post(site.draft, "action-publish"))
    return AnnouncementPage.objects.get(pk=site.draft.pk).live


def submits_draft_page(client, site):
    client.post(f"/admin/pages/{site.draft.pk}/edit/", page_post(site.draft, "action-submit"))
    return WorkflowState.objects.for_instance(site.draft).filter(status="in_progress").exists()


def unpublishes_page(client, site):
    client.post(f"/admin/pages/{site.page.pk}/unpublish/")
    return not AnnouncementPage.objects.get(pk=site.page.pk).live


def deletes_page(client, site):
    client.post(f"/admin/pages/{site.page.pk}/delete/")
    return not AnnouncementPage.objects.filter(pk=site.page.pk).exists()


def faq_post(faq: FAQ, action: str | None, question: str) -> dict:
    data = {
        "question_en": question,
        "question_ja": faq.question_ja,
        "answer_en": rich_text(faq.answer_en),
        "answer_ja": rich_text(faq.answer_ja),
        "topic": faq.topic_id,
        "sort_order": faq.sort_order,
        "slug": faq.slug,
    }
    if action:
        data[action] = action.removeprefix("action-")
    return nested_form_data(data)


def publishes_faq(client, site):
    client.post(f"/admin/snippets/announcements/faq/edit/{site.faq.pk}/", faq_post(site.faq, "action-publish", "New?"))
    return FAQ.objects.get(pk=site.faq.pk).question_en == "New?"


def saves_faq_draft(client, site):
    client.post(f"/admin/snippets/announcements/faq/edit/{site.faq.pk}/", faq_post(site.faq, None, "Draft?"))
    faq = FAQ.objects.get(pk=site.faq.pk)
    # A draft change: the live question stays until a moderator publishes.
    return faq.latest_revision is not None and faq.latest_revision.content["question_en"] == "Draft?"


def submits_faq(client, site):
    url = f"/admin/snippets/announcements/faq/edit/{site.faq.pk}/"
    client.post(url, faq_post(site.faq, "action-submit", "Submitted?"))
    return WorkflowState.objects.for_instance(site.faq).filter(status="in_progress").exists()


def deletes_faq(client, site):
    client.post(f"/admin/snippets/announcements/faq/delete/{site.faq.pk}/")
    return not FAQ.objects.filter(pk=site.faq.pk).exists()


def _approve_submitted(client, item, django_user_model, approve_url: str) -> None:
    """A superuser submits ``item`` to its workflow; ``client`` then tries to approve it."""
    submitter = django_user_model.objects.create_superuser("submitter", "s@example.com")
    item.save_revision(user=submitter)
    task_state = item.get_workflow().start(item, submitter).current_task_state
    client.post(approve_url.format(pk=item.pk, task_state=task_state.pk), {"comment": ""})


def approves_submitted_page(client, site, django_user_model):
    _approve_submitted(client, site.draft, django_user_model, "/admin/pages/workflow/action/{pk}/approve/{task_state}/")
    return AnnouncementPage.objects.get(pk=site.draft.pk).live


def approves_submitted_faq(client, site, django_user_model):
    _approve_submitted(
        client,
        site.faq,
        django_user_model,
        "/admin/snippets/announcements/faq/workflow/action/{pk}/approve/{task_state}/",
    )
    return WorkflowState.objects.for_instance(site.faq).filter(status="approved").exists()


E, M = "Editors", "Moderators"
# action name -> (how to try it, the roles it must succeed for). Anonymous: never.
MATRIX = {
    # Screens this project adds
    "translation report": (shows("/admin/reports/translations/"), {E, M}),
    "superseded citations report": (shows("/admin/reports/superseded-citations/"), {E, M}),
    "publishing side effects (administrators only)": (shows("/admin/side-effects/"), set()),
    "clause chooser": (shows("/admin/license_clause_chooser/"), {E, M}),
    "new version from this one": (
        shows(lambda s: f"/admin/snippets/licenses/licenseversion/new-version/{s.version.pk}/"),
        {M},
    ),
    # Snippets: read
    **{
        f"list {name}": (shows(f"/admin/snippets/{path}/"), {E, M})
        for name, path in [
            ("topics", "announcements/topic"),
            ("FAQs", "announcements/faq"),
            ("licenses", "licenses/license"),
            ("license versions", "licenses/licenseversion"),
        ]
    },
    # Snippets: write
    "add a topic": (shows("/admin/snippets/announcements/topic/add/"), {M}),
    "edit a topic": (shows(lambda s: f"/admin/snippets/announcements/topic/edit/{s.topic.pk}/"), {M}),
    "delete a topic": (shows(lambda s: f"/admin/snippets/announcements/topic/delete/{s.topic.pk}/"), {M}),
    "add a license": (shows("/admin/snippets/licenses/license/add/"), {M}),
    "edit a license": (shows(lambda s: f"/admin/snippets/licenses/license/edit/{s.version.license_id}/"), {M}),
    "add a license version": (shows("/admin/snippets/licenses/licenseversion/add/"), {M}),
    "edit a license version": (
        shows(lambda s: f"/admin/snippets/licenses/licenseversion/edit/{s.version.pk}/"),
        {M},
    ),
    "delete a license version": (
        shows(lambda s: f"/admin/snippets/licenses/licenseversion/delete/{s.version.pk}/"),
        {M},
    ),
    "add a FAQ": (shows("/admin/snippets/announcements/faq/add/"), {E, M}),
    "save a FAQ draft": (saves_faq_draft, {E, M}),
    "publish a FAQ": (publishes_faq, {M}),
    "submit a FAQ for approval": (submits_faq, {E, M}),
    "approve a submitted FAQ": (approves_submitted_faq, {M}),
    "delete a FAQ": (deletes_faq, {M}),
    # Pages
    "add an announcement": (
        shows(lambda s: f"/admin/pages/add/announcements/announcementpage/{s.page.get_parent().pk}/"),
        {E, M},
    ),
    "edit an announcement": (shows(lambda s: f"/admin/pages/{s.page.pk}/edit/"), {E, M}),
    "publish an announcement": (publishes_draft_page, {M}),
    "submit an announcement for approval": (submits_draft_page, {E, M}),
    "approve a submitted announcement": (approves_submitted_page, {M}),
    "unpublish an announcement": (unpublishes_page, {M}),
    "delete a live announcement": (deletes_page, {M}),
}


def client_for(role: str, django_user_model) -> DoorClient:
    from django.contrib.auth.models import Group

    client = DoorClient()
    if role != "anonymous":
        user = django_user_model.objects.create_user(username=role.lower(), email=f"{role.lower()}@example.com")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(MATRIX))
def test_permission_matrix(action, role, site, django_user_model):
    attempt, allowed_roles = MATRIX[action]
    client = client_for(role, django_user_model)

    if attempt in (approves_submitted_page, approves_submitted_faq):
        succeeded = attempt(client, site, django_user_model)
    else:
        succeeded = attempt(client, site)

    expected = role in allowed_roles
    assert succeeded == expected, (
        f"{role} {'could' if succeeded else 'could not'} {action}; expected {'success' if expected else 'refusal'}"
    )


def test_the_matrix_covers_every_admin_url_the_project_adds():
    """A screen added later must join the matrix (or this list, with a reason)."""
    from django.urls import get_resolver

    project_screens = {"translation_report", "superseded_citations", "publishing_side_effects"}
    named = {name for name in get_resolver().reverse_dict if isinstance(name, str)}
    assert project_screens <= named
    covered = " ".join(MATRIX)
    for words in ("translation report", "superseded citations", "side effects", "clause chooser", "new version"):
        assert words in covered
