import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """TranslationWork moves here from announcements, where its table was created and
    keeps its name: the state moves, the database does not change."""

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("announcements", "0007_faq_drafts_workflow_and_translation_work"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationWork",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("object_id", models.PositiveIntegerField()),
                        ("language", models.CharField(max_length=10)),
                        (
                            "status",
                            models.CharField(
                                choices=[("missing", "missing"), ("out_of_date", "out of date")], max_length=20
                            ),
                        ),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "announcements_translationwork",
                        "indexes": [
                            models.Index(
                                fields=["content_type", "language", "status"], name="announcemen_content_b8554e_idx"
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id", "language", "status"),
                                name="one_row_per_language_and_status",
                            )
                        ],
                    },
                )
            ],
            database_operations=[],
        )
    ]
