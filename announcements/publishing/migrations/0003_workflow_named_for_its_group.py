from django.db import migrations

WAGTAILS_NAME, GROUP_NAME = "Moderators approval", "Moderators"


def rename(apps, old, new):
    # Only the name Wagtail's migration gave: a workflow an administrator renamed keeps its name.
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    """Wagtail's buttons read "Submit to <workflow>" (「<workflow>に提出する」): named for the
    group that approves, they read "Submit to Moderators" instead of "Submit to Moderators
    approval"."""

    dependencies = [("publishing", "0002_translation_checked_approval")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: rename(apps, WAGTAILS_NAME, GROUP_NAME),
            lambda apps, schema_editor: rename(apps, GROUP_NAME, WAGTAILS_NAME),
        )
    ]
