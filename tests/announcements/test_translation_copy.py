"""wagtail-modeltranslation's "Copy content from" buttons: this site has no per-language
StreamFields, so they had nothing to copy and, on the Corrections panel, made the admin
answer 500 (FieldDoesNotExist). They are gone, and their endpoint answers 410."""

import json

import pytest
from django.contrib.staticfiles import finders

from announcements.factories import AnnouncementPageFactory

pytestmark = pytest.mark.django_db


def test_the_editor_gets_no_copy_buttons():
    with open(finders.find("wagtail_modeltranslation/js/copy_stream_fields.js"), encoding="utf-8") as script:
        source = script.read()

    assert "translation-field-copy" not in source and "$(" not in source


@pytest.mark.parametrize(
    "fields",
    [
        {"origin_field_name": "_en", "target_field_name": "_corrections"},
        {"origin_field_name": "body_en", "target_field_name": "body_ja"},
        {},
    ],
)
def test_the_copy_endpoint_answers_410_never_500(superuser_client, home_page, fields):
    page = AnnouncementPageFactory()

    response = superuser_client.post(
        f"/admin/pages/{page.pk}/edit/copy_translation_content/",
        {**fields, "serializedOriginField": json.dumps([])},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )

    assert response.status_code == 410
