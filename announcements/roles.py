"""What Wagtail's Editors and Moderators groups may do with this site's snippets.

Editors write and submit announcements and FAQs, and may read (and so cite) licenses,
versions, clauses and topics. Moderators also approve and publish, and maintain
licenses, versions, topics and FAQs. Page permissions are Wagtail's own defaults for
the two groups (Editors: add and change; Moderators: also publish, lock and unlock).

The grants are stated here once and applied after every migrate, so a new database
and an old one end up alike: for this site's snippets each group gets exactly these
permissions (an administrator's extra grants on other models are left alone). FAQs go
through the same approval workflow as pages.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

SNIPPETS = {
    "announcements": ("topic", "faq"),
    "licenses": ("license", "licenseversion", "licenseclause"),
}
READ = ("view",)
MAINTAIN = ("view", "add", "change", "delete")
ROLE_GRANTS = {
    "Editors": {
        "topic": READ,
        "faq": ("view", "add", "change"),
        "license": READ,
        "licenseversion": READ,
        "licenseclause": READ,
    },
    "Moderators": {
        "topic": MAINTAIN,
        "faq": (*MAINTAIN, "publish", "lock", "unlock"),
        "license": MAINTAIN,
        "licenseversion": (*MAINTAIN, "publish", "lock", "unlock"),
        "licenseclause": MAINTAIN,
    },
}
# The workflow Wagtail creates for pages; FAQs and license versions are submitted to it too.
APPROVAL_WORKFLOW = "Moderators"  # named for its group (publishing.0003)


def wanted_permissions(role: str) -> set[tuple[str, str]]:
    """(app label, codename) of every permission ``role`` should have on the snippets."""
    return {
        (app, f"{action}_{model}")
        for app, models in SNIPPETS.items()
        for model in models
        for action in ROLE_GRANTS[role][model]
    }


def grant_role_permissions(**kwargs) -> None:
    """post_migrate: give each existing group exactly its snippet permissions."""
    snippet_permissions = [
        permission
        for permission in Permission.objects.filter(content_type__app_label__in=SNIPPETS).select_related("content_type")
        if permission.content_type.model in SNIPPETS[permission.content_type.app_label]
    ]
    for role in ROLE_GRANTS:
        group = Group.objects.filter(name=role).first()
        if group is None:
            continue
        wanted = wanted_permissions(role)
        group.permissions.remove(
            *[p for p in snippet_permissions if (p.content_type.app_label, p.codename) not in wanted]
        )
        group.permissions.add(*[p for p in snippet_permissions if (p.content_type.app_label, p.codename) in wanted])


def submit_snippets_for_approval(**kwargs) -> None:
    """post_migrate: FAQs and license versions use the pages' approval workflow unless one
    is already assigned."""
    from wagtail.models import Workflow, WorkflowContentType

    from licenses.models import LicenseVersion

    from .models import FAQ

    workflow = Workflow.objects.filter(name=APPROVAL_WORKFLOW, active=True).first()
    if workflow is None:
        return
    for model in (FAQ, LicenseVersion):
        content_type = ContentType.objects.get_for_model(model)
        if not WorkflowContentType.objects.filter(content_type=content_type).exists():
            WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)


# The migration that began recording translation work (TranslationWork): items saved
# before it, by an earlier version of the site, have no rows yet.
TRANSLATION_WORK_BEGINS = ("announcements", "0007_faq_drafts_workflow_and_translation_work")


def refresh_translation_work(plan=None, **kwargs) -> None:
    """post_migrate: record the translation work of every item saved before it was
    recorded, in the migrate that applies ``TRANSLATION_WORK_BEGINS``. Every save keeps it
    current after that, so any other migrate (each start of ``make serve``) reads no item:
    a fully translated site has no rows, and scanning whenever the table is empty made each
    start read every page's latest revision."""
    from wagtail.models import Page

    from site_config.translation_status.models import TranslationWork

    from .models import FAQ, BilingualPage

    applied = {(migration.app_label, migration.name) for migration, backwards in plan or () if not backwards}
    if TRANSLATION_WORK_BEGINS not in applied:
        return
    pages = Page.objects.type(*BilingualPage.__subclasses__()).specific()
    for item in [*pages, *FAQ.objects.all()]:
        latest = item.get_latest_revision_as_object() if item.latest_revision_id else item
        TranslationWork.refresh_for(latest)
