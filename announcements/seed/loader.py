"""Creates the SD3 notice, its license versions, topics and FAQs from ``sd3_notice``.

Idempotent: anything that already exists (matched by slug or key) is left as it
is, so an editor's later changes survive a second run.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from licenses.models import License, LicenseClause, LicenseVersion
from site_config.i18n import language_codes

from ..blocks import newest_cited_effective_date
from ..models import FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage, Topic
from ..rules.notice_dates import DatePrecision
from . import sd3_notice as content

LANGUAGES = language_codes()


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def note(self, created: bool, label: str) -> None:
        (self.created if created else self.kept).append(label)


def translated(name: str, texts: dict) -> dict:
    """{"en": "A", "ja": "B"} -> {"name_en": "A", "name_ja": "B"}"""
    return {f"{name}_{language}": texts[language] for language in LANGUAGES}


@transaction.atomic
def load_sd3_notice(*, notice_date=None, log: Callable[[str], None] = lambda message: None) -> LoadReport:
    report = LoadReport()
    topics = _load_topics(report)
    versions = _load_license(report)
    index = _load_index_page(report)
    _load_faq_page(index, report)
    _load_faqs(topics, versions, report)
    _load_announcement(index, topics, versions, notice_date, report)
    for label in report.created:
        log(f"created {label}")
    for label in report.kept:
        log(f"kept existing {label}")
    return report


def _load_topics(report: LoadReport) -> dict[str, Topic]:
    topics = {}
    for order, item in enumerate(content.TOPICS, start=1):
        topic, created = Topic.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "sort_order": order,
                **translated("name", item["name"]),
                # Only where a language writes the name differently mid-sentence.
                **{f"name_in_sentence_{language}": name for language, name in item.get("name_in_sentence", {}).items()},
            },
        )
        report.note(created, f"topic {topic.slug}")
        topics[topic.slug] = topic
    return topics


def _load_license(report: LoadReport) -> dict[str, LicenseVersion]:
    data = content.LICENSE
    license_, created = License.objects.get_or_create(
        slug=data["slug"], defaults={"licensor": data["licensor"], **translated("name", data["name"])}
    )
    report.note(created, f"license {license_.slug}")
    versions: dict[str, LicenseVersion] = {}
    for item in content.VERSIONS:
        version, created = LicenseVersion.objects.get_or_create(
            license=license_,
            slug=item["slug"],
            defaults={
                "effective_date": item["effective_date"],
                "source_url": item["source_url"],
                "supersedes": versions.get(item["supersedes"]) if item["supersedes"] else None,
                **translated("name", item["name"]),
                **translated("label", item["label"]),
                **translated("summary", item["summary"]),
            },
        )
        report.note(created, f"license version {version.slug}")
        for order, clause in enumerate(item["clauses"]):
            _clause, created = LicenseClause.objects.get_or_create(
                version=version,
                key=clause["key"],
                defaults={
                    "sort_order": order,
                    **translated("heading", clause["heading"]),
                    **translated("text", clause["text"]),
                },
            )
            report.note(created, f"clause {version.slug}#{clause['key']}")
        versions[version.slug] = version
    return versions


def _load_index_page(report: LoadReport) -> AnnouncementIndexPage:
    existing = AnnouncementIndexPage.objects.first()
    if existing is not None:
        report.note(False, "announcement index page")
        return existing
    root = _tree_root()
    data = content.INDEX_PAGE
    index = AnnouncementIndexPage(
        **translated("title", data["title"]),
        **translated("intro", data["intro"]),
        **translated("slug", {"en": "home", "ja": "home"}),
    )
    _replace_default_home_page(root)
    root.add_child(instance=index)
    index.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=index, is_default_site=True, site_name="")
    else:
        site.root_page = index
        site.save()
    report.note(True, "announcement index page (now the site's home page)")
    return index


def _tree_root() -> Page:
    """Wagtail's migrations create the tree's root and default locale; a flushed database has neither."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", title_en="Root", slug_en="root"))
    return root


def _replace_default_home_page(root: Page) -> None:
    """Wagtail's first migration creates a placeholder "Welcome" page; the index takes its place."""
    for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
        Site.objects.filter(root_page=placeholder).update(root_page=root)
        placeholder.delete()


def _load_faq_page(index: AnnouncementIndexPage, report: LoadReport) -> None:
    if FAQPage.objects.exists():
        report.note(False, "FAQ page")
        return
    data = content.FAQ_PAGE
    page = FAQPage(
        **translated("title", data["title"]),
        **translated("intro", data["intro"]),
        **translated("slug", {language: data["slug"] for language in LANGUAGES}),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    report.note(True, "FAQ page")


def _citation_ids(cite, versions: dict[str, LicenseVersion]) -> tuple[LicenseVersion | None, LicenseClause | None]:
    if not cite:
        return None, None
    version_slug, clause_key = cite
    version = versions[version_slug]
    return version, version.clauses.get(key=clause_key) if clause_key else None


def _load_faqs(topics: dict[str, Topic], versions: dict[str, LicenseVersion], report: LoadReport) -> None:
    for item in content.FAQS:
        version, clause = _citation_ids(item.get("cite"), versions)
        faq, created = FAQ.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "topic": topics[item["topic"]],
                "sort_order": item["sort_order"],
                "cited_version": version,
                "cited_clause": clause,
                "cites_earlier_terms": item.get("cites_earlier_terms", False),
                **translated("question", item["question"]),
                **translated("answer", item["answer"]),
            },
        )
        if created:
            faq.full_clean()
        report.note(created, f"FAQ {faq.slug}")


# Keys of a body item in sd3_notice that are stated once; every other key holds a text per language.
SHARED_KEYS = ("type", "anchor", "kind", "cite", "cite_earlier")


def _body(versions: dict[str, LicenseVersion]) -> list[dict]:
    """The announcement body as StreamField data: one block per item, its texts in every language."""
    blocks = []
    for item in content.ANNOUNCEMENT["body"]:
        value = {key: item[key] for key in ("anchor", "kind") if key in item}
        for key, texts in item.items():
            if key not in SHARED_KEYS:
                value |= translated(key, texts)
        if "cite" in item:
            version, clause = _citation_ids(item["cite"], versions)
            value["citation"] = {"version": version.pk if version else None, "clause": clause.pk if clause else None}
            value["earlier_citations"] = [
                {
                    "type": "citation",
                    "value": {"version": earlier.pk, "clause": earlier_clause.pk if earlier_clause else None},
                }
                for earlier, earlier_clause in (_citation_ids(cite, versions) for cite in item.get("cite_earlier", ()))
            ]
        blocks.append({"type": item["type"], "value": value})
    return blocks


def _load_announcement(index, topics, versions, notice_date, report: LoadReport) -> None:
    data = content.ANNOUNCEMENT
    if AnnouncementPage.objects.filter(slug_en=data["slug"]).exists():
        report.note(False, f"announcement {data['slug']}")
        return
    page = AnnouncementPage(
        **translated("title", data["title"]),
        **translated("summary", data["summary"]),
        **translated("slug", {language: data["slug"] for language in LANGUAGES}),
        body=_body(versions),
    )
    if notice_date is not None:
        page.date, page.date_precision = notice_date, DatePrecision.DAY
    else:
        page.date, page.date_precision = data["date"], data["date_precision"]
    index.add_child(instance=page)
    page.topics.set([topics[slug] for slug in data["topics"]])
    page.save_revision().publish()
    _dated_by_its_notice(page)
    report.note(True, f"announcement {data['slug']}")


def _dated_by_its_notice(page: AnnouncementPage) -> None:
    """The loaded notice carries its own history: first and last published when the notice
    was (inside its month, not before the version it cites: ``NoticeDate.published_at``),
    not the moment of loading, which feeds and the API would report as a change today.
    An editor's next publication dates it as usual."""
    page = AnnouncementPage.objects.get(pk=page.pk)
    moment = page.notice_date.published_at(None, not_before=newest_cited_effective_date(page.body))
    AnnouncementPage.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)
