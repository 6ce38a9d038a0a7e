import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from announcements.models import AnnouncementIndexPage, AnnouncementPage
from licenses.models import LicenseVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser(username="editor", email="", password="x")
    client.force_login(user)
    return client


def announcement_post(**overrides):
    data = {
        "title_en": "Maintenance window",
        "title_ja": "メンテナンスのお知らせ",
        "slug_en": "maintenance",
        "slug_ja": "maintenance",
        "date": "2024-07-20",
        "date_precision": "day",
        "summary_en": "The site will be read-only for an hour.",
        "summary_ja": "1時間ほどサイトが読み取り専用になります。",
        "body_en": streamfield([("paragraph", rich_text("<p>We will be back soon.</p>"))]),
        "body_ja": streamfield([("paragraph", rich_text("<p>まもなく再開します。</p>"))]),
        "updates": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url():
    index = AnnouncementIndexPage.objects.get()
    return f"/admin/pages/add/announcements/announcementpage/{index.pk}/"


def test_the_editor_sees_english_and_japanese_fields_side_by_side(editor_client, notice):
    response = editor_client.get(f"/admin/pages/{notice.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("title_en", "title_ja", "summary_en", "summary_ja"):
        assert f'name="{name}"' in html
    assert 'data-contentpath="body_en"' in html
    assert 'data-contentpath="body_ja"' in html


def test_an_editor_publishes_a_bilingual_announcement(editor_client, client):
    response = editor_client.post(add_url(), announcement_post())

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = AnnouncementPage.objects.get(slug_en="maintenance")
    assert page.live
    assert "メンテナンスのお知らせ" in client.get("/ja/maintenance/").content.decode()


def test_publishing_without_the_japanese_title_is_refused_on_that_field(editor_client):
    response = editor_client.post(add_url(), announcement_post(title_ja=""))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Japanese" in errors["title_ja"][0]
    assert not AnnouncementPage.objects.filter(slug_en="maintenance").exists()


def test_publishing_without_the_japanese_body_is_refused_on_that_field(editor_client):
    response = editor_client.post(add_url(), announcement_post(body_ja=streamfield([])))

    assert response.status_code == 200
    assert "body_ja" in response.context["form"].errors


def test_a_draft_may_be_saved_with_only_english(editor_client):
    data = announcement_post(title_ja="", summary_ja="", body_ja=streamfield([]))
    del data["action-publish"]

    response = editor_client.post(add_url(), data)

    assert response.status_code == 302
    page = AnnouncementPage.objects.get(slug_en="maintenance")
    assert not page.live


def test_a_citation_of_another_versions_clause_is_refused_in_the_admin(editor_client, license_versions):
    v1_clause = license_versions["v1"].clauses.get(key="revocation")
    concern = {
        "title": "Revocable",
        "kind": "license_clause",
        "citation": {"version": license_versions["v2"].pk, "clause": v1_clause.pk},
        "detail": rich_text("<p>Still revocable.</p>"),
    }
    body = streamfield([("remaining_concern", concern)])

    response = editor_client.post(add_url(), announcement_post(body_en=body))

    assert response.status_code == 200
    body_errors = response.context["form"].errors["body_en"].as_data()[0]
    assert "clause" in str(body_errors.as_json_data())


def test_a_license_version_with_a_duplicate_clause_key_is_refused_in_the_admin(editor_client, license_versions):
    clause = {"key": "usage-cap", "heading_en": "Cap", "heading_ja": "上限", "text_en": "t", "text_ja": "t"}
    data = nested_form_data(
        {
            "license": license_versions["v1"].license.pk,
            "slug": "v3",
            "label_en": "Version 3",
            "label_ja": "第3版",
            "effective_date": "2025-01-01",
            "clauses": inline_formset([clause, clause]),
        }
    )

    response = editor_client.post("/admin/snippets/licenses/licenseversion/add/", data)

    assert response.status_code == 200
    assert "key" in response.content.decode()
    assert "duplicate" in response.content.decode()
    assert not LicenseVersion.objects.filter(slug="v3").exists()


def admin_pages(license_versions):
    from announcements.models import FAQ, FAQPage, Topic

    version = license_versions["v2"]
    return [
        "/admin/snippets/licenses/license/",
        f"/admin/snippets/licenses/license/edit/{version.license.pk}/",
        "/admin/snippets/licenses/licenseversion/",
        f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/",
        "/admin/snippets/announcements/topic/",
        f"/admin/snippets/announcements/topic/edit/{Topic.objects.first().pk}/",
        "/admin/snippets/announcements/faq/",
        f"/admin/snippets/announcements/faq/edit/{FAQ.objects.first().pk}/",
        f"/admin/pages/{AnnouncementIndexPage.objects.get().pk}/edit/",
        f"/admin/pages/{FAQPage.objects.get().pk}/edit/",
        "/admin/license_clause_chooser/",
        f"/admin/license_clause_chooser/?version={version.pk}",
    ]


def test_every_admin_screen_for_the_content_opens(editor_client, license_versions):
    for url in admin_pages(license_versions):
        response = editor_client.get(url)
        assert response.status_code == 200, url


def test_the_license_version_editor_shows_clauses_in_both_languages(editor_client, license_versions):
    version = license_versions["v2"]

    html = editor_client.get(f"/admin/snippets/licenses/licenseversion/edit/{version.pk}/").content.decode()

    for name in ("label_en", "label_ja", "clauses-0-heading_en", "clauses-0-heading_ja", "clauses-0-text_ja"):
        assert f'name="{name}"' in html, name


def test_the_clause_chooser_offers_only_the_chosen_versions_clauses(editor_client, license_versions):
    version = license_versions["v1"]

    response = editor_client.get(f"/admin/license_clause_chooser/results/?version={version.pk}")

    html = response.content.decode()
    assert "usage-cap" in html
    assert "enterprise-license" not in html
