"""One body for every language: the per-language bodies (body_en, body_ja) become one
StreamField whose blocks hold each text in every language, on pages and their revisions."""

import difflib
import json

import wagtail.fields
from django.db import migrations

# Texts that were per-language bodies' block values, by block type: the one body's
# blocks now hold them side by side (title_en, title_ja...). Everything else in a
# block (kind, citation, anchor) is stated once and taken from the English body.
TEXTS = {
    "heading": ("text",),
    "paragraph": ("text",),
    "resolved_concern": ("title", "previously", "now"),
    "remaining_concern": ("title", "detail"),
    "decision": ("heading", "decision"),
}
LANGUAGES = ("en", "ja")  # the languages the per-language bodies existed in


def merged_block(blocks_by_language: dict) -> dict:
    """One block from the same block written in each language (either may be missing)."""
    first = next(block for block in blocks_by_language.values() if block is not None)
    kind = first["type"]
    value = {}
    if kind != "paragraph":
        shared = blocks_by_language.get("en") or first
        value = {key: item for key, item in shared["value"].items() if key not in TEXTS[kind]}
    for code in LANGUAGES:
        block = blocks_by_language.get(code)
        for name in TEXTS[kind]:
            if block is None:
                value[f"{name}_{code}"] = ""
            elif kind == "paragraph":
                value[f"{name}_{code}"] = block["value"]
            else:
                value[f"{name}_{code}"] = block["value"].get(name, "")
    return {"type": kind, "value": value, "id": first.get("id")}


def merged_body(english: list, japanese: list) -> list:
    """Blocks paired in order; where the two bodies' structures differ, blocks are paired
    by type as far as they match and the rest keep their text in one language only (a
    draft to finish in the admin, which refuses to publish it half-translated)."""
    english, japanese = english or [], japanese or []
    matcher = difflib.SequenceMatcher(a=[b["type"] for b in english], b=[b["type"] for b in japanese], autojunk=False)
    body = []
    for operation, en_start, en_end, ja_start, ja_end in matcher.get_opcodes():
        if operation == "equal":
            for en, ja in zip(english[en_start:en_end], japanese[ja_start:ja_end], strict=True):
                body.append(merged_block({"en": en, "ja": ja}))
            continue
        body += [merged_block({"en": block, "ja": None}) for block in english[en_start:en_end]]
        body += [merged_block({"en": None, "ja": block}) for block in japanese[ja_start:ja_end]]
    return body


def _as_list(raw) -> list:
    if raw in (None, ""):
        return []
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def merge_bodies(apps, schema_editor):
    AnnouncementPage = apps.get_model("announcements", "AnnouncementPage")
    for page in AnnouncementPage.objects.all():
        page.body = merged_body(page.body_en.raw_data, page.body_ja.raw_data)
        page.save(update_fields=["body"])
    # Revisions are what the editor opens and what scheduled publishing publishes: they
    # must hold the new shape too.
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="announcements", model="announcementpage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = revision.content
        if "body_en" not in content and "body_ja" not in content:
            continue
        merged = merged_body(_as_list(content.pop("body_en", None)), _as_list(content.pop("body_ja", None)))
        content["body"] = json.dumps(merged)
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('announcements', '0003_notice_date_precision_and_topic_order'),
        ('wagtailcore', '0098_apitoken'),  # Revision, whose contents are merged too
    ]

    operations = [
        migrations.AlterField(
            model_name='announcementpage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 3), ('paragraph', 6), ('resolved_concern', 17), ('remaining_concern', 20), ('decision', 25)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text (English)', 'max_length': 200, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Text (日本語)', 'max_length': 200, 'required': False}), 2: ('wagtail.blocks.RegexBlock', (), {'error_messages': {'invalid': 'Use lower-case letters, digits and hyphens only.'}, 'help_text': 'Optional id for links to this section, e.g. resolved-concerns.', 'label': 'Anchor', 'max_length': 80, 'regex': '^[a-z0-9][a-z0-9-]*$', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('text_en', 0), ('text_ja', 1), ('anchor', 2)]], {}), 4: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3'], 'label': 'Text (English)', 'required': False}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3'], 'label': 'Text (日本語)', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('text_en', 4), ('text_ja', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Title (English)', 'max_length': 200, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'What the earlier terms said (English)', 'required': False}), 9: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'What the cited version says now (English)', 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Title (日本語)', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'What the earlier terms said (日本語)', 'required': False}), 12: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'What the cited version says now (日本語)', 'required': False}), 13: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('license_clause', 'License clause'), ('model_quality', 'Model quality'), ('ecosystem', 'Ecosystem'), ('business', 'Business')], 'label': 'Kind'}), 14: ('licenses.blocks.LicenseVersionChooserBlock', (), {'label': 'License version', 'required': False}), 15: ('licenses.blocks.ClauseChooserBlock', (), {'help_text': 'A clause of the chosen version.', 'label': 'Clause', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('version', 14), ('clause', 15)]], {'help_text': 'Required when the concern is about a license clause.', 'label': 'Citation'}), 17: ('wagtail.blocks.StructBlock', [[('title_en', 7), ('previously_en', 8), ('now_en', 9), ('title_ja', 10), ('previously_ja', 11), ('now_ja', 12), ('kind', 13), ('citation', 16)]], {}), 18: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Detail (English)', 'required': False}), 19: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Detail (日本語)', 'required': False}), 20: ('wagtail.blocks.StructBlock', [[('title_en', 7), ('detail_en', 18), ('title_ja', 10), ('detail_ja', 19), ('kind', 13), ('citation', 16)]], {}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Heading (English)', 'max_length': 200, 'required': False}), 22: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Decision (English)', 'required': False}), 23: ('wagtail.blocks.CharBlock', (), {'label': 'Heading (日本語)', 'max_length': 200, 'required': False}), 24: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Decision (日本語)', 'required': False}), 25: ('wagtail.blocks.StructBlock', [[('heading_en', 21), ('decision_en', 22), ('heading_ja', 23), ('decision_ja', 24)]], {})}, verbose_name='body'),
        ),
        migrations.RunPython(merge_bodies, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='announcementpage',
            name='body_en',
        ),
        migrations.RemoveField(
            model_name='announcementpage',
            name='body_ja',
        ),
    ]
