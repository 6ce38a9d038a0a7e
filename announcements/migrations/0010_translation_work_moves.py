from django.db import migrations


class Migration(migrations.Migration):
    """TranslationWork now belongs to site_config.translation_status (same table)."""

    dependencies = [
        ("announcements", "0009_page_creation_by_click"),
        ("translation_status", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="TranslationWork")])
    ]
