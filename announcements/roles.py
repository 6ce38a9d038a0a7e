"""What Wagtail's Editors and Moderators groups may do with this site's snippets.

Wagtail's migrations create the two groups with page permissions only, so editors
could cite license versions but not open licenses, FAQs or topics. The grants are
stated here once and applied after every migrate (idempotent), so a new database and
an old one end up alike.
"""

from django.contrib.auth.models import Group, Permission

SNIPPETS = {
    "announcements": ("topic", "faq"),
    "licenses": ("license", "licenseversion", "licenseclause"),
}
ROLE_ACTIONS = {
    "Editors": ("view", "add", "change"),
    "Moderators": ("view", "add", "change", "delete"),
}


def wanted_permissions(role: str) -> set[tuple[str, str]]:
    """(app label, codename) of every permission ``role`` should have on the snippets."""
    return {
        (app, f"{action}_{model}")
        for app, models in SNIPPETS.items()
        for model in models
        for action in ROLE_ACTIONS[role]
    }


def grant_role_permissions(**kwargs) -> None:
    """post_migrate: give each existing group its snippet permissions (adds, never removes)."""
    permissions = list(Permission.objects.filter(content_type__app_label__in=SNIPPETS).select_related("content_type"))
    for role in ROLE_ACTIONS:
        group = Group.objects.filter(name=role).first()
        if group is not None:
            wanted = wanted_permissions(role)
            group.permissions.add(*[p for p in permissions if (p.content_type.app_label, p.codename) in wanted])
