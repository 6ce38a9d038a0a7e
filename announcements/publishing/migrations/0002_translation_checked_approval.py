import django.db.models.deletion
from django.db import migrations, models


def check_translations_in_every_approval(apps, schema_editor):
    """Each of Wagtail's group approval tasks in a workflow becomes the checked approval:
    same name and groups, same place in its workflows; the old task is kept, inactive, so
    the history of what it approved stays readable."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    CheckedTask = apps.get_model("publishing", "TranslationCheckedApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="publishing", model="translationcheckedapprovaltask"
    )
    for old in GroupApprovalTask.objects.filter(active=True):
        if not WorkflowTask.objects.filter(task_id=old.pk).exists():
            continue
        checked = CheckedTask.objects.create(name=old.name, active=True, content_type=content_type)
        checked.groups.set(old.groups.all())
        WorkflowTask.objects.filter(task_id=old.pk).update(task_id=checked.pk)
        GroupApprovalTask.objects.filter(pk=old.pk).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("publishing", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="TranslationCheckedApprovalTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        help_text="Pages/snippets at this step in a workflow will be moderated or approved by these groups of users",
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
            ],
            options={
                "verbose_name": "Approval with translation check",
                "verbose_name_plural": "Approvals with translation check",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(check_translations_in_every_approval, migrations.RunPython.noop),
    ]
