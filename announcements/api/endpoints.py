"""The API's operations, each reading the public selector and the shared serializer.

The language is the URL's (``/en/api/v1/...``, ``/ja/api/v1/...``): texts are given in
it, and announcements not written in it are absent, exactly as on the pages.
"""

import datetime

from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Path, Query, Router
from ninja.errors import HttpError
from pydantic import Field

from announcements.models import Topic
from announcements.public import selectors, serializers
from announcements.public.bodies import load_bodies
from licenses.comparison import compare_clauses, summarize
from licenses.models import LicenseClause

from . import schemas
from .listing import MAX_PAGE_SIZE, page_of, versions_named
from .parameters import refuse_unknown_query_parameters

router = Router()
router.add_decorator(refuse_unknown_query_parameters, mode="view")
# Every operation may answer a bad parameter with 400 and a missing item or page with 404.
ERRORS = {400: schemas.Error, 404: schemas.Error}

SLUG = r"^[-a-zA-Z0-9_]+$"


class Paging(schemas.Schema):
    page: int = Field(1, ge=1, le=1_000_000, description="Page number, from 1.")
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")


class Filters(schemas.Schema):
    topic: str | None = Field(None, pattern=SLUG, max_length=60, description="A topic's slug.")
    license: str | None = Field(None, pattern=SLUG, max_length=80, description="A license's slug: items citing it.")
    cited_version: str | None = Field(
        None, pattern=SLUG, max_length=40, description="A version's slug (with license): items citing that version."
    )


class AnnouncementFilters(Filters):
    # A string with a date format, parsed here: pydantic's lax date parsing would take "0" as 1970-01-01.
    updated_since: str | None = Field(
        None,
        pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        json_schema_extra={"format": "date"},
        description="Only announcements published or corrected on or after this date (YYYY-MM-DD).",
    )


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise HttpError(400, "updated_since must be a date, YYYY-MM-DD.") from None


def _topic(slug: str) -> Topic:
    """The topic a filter names; an unknown one is a 404, as the HTML list answers (and is
    not stored once per made-up slug)."""
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise Http404(_("There is no topic “%(slug)s”.") % {"slug": slug})
    return topic


def _found(queryset, missing: str, **lookup):
    """The one item of ``queryset`` matching ``lookup``, or a 404 saying ``missing`` in the
    reader's language (Django's own message names the model, in English)."""
    found = queryset.filter(**lookup).first()
    if found is None:
        raise Http404(missing)
    return found


@router.get("/announcements/", response={200: schemas.AnnouncementPage, **ERRORS}, tags=["announcements"])
def list_announcements(request, filters: Query[AnnouncementFilters], paging: Query[Paging]):
    """Published announcements in this language, newest first."""
    language = get_language()
    announcements = selectors.public_announcements(language=language)
    if filters.topic:
        announcements = announcements.filter(topics=_topic(filters.topic))
    if filters.license or filters.cited_version:
        versions = versions_named(license_slug=filters.license, version_slug=filters.cited_version)
        announcements = selectors.citing(announcements, versions)
    if filters.updated_since:
        since = _date(filters.updated_since)
        announcements = announcements.filter(last_published_at__date__gte=since) | announcements.filter(
            updates__date__gte=since
        )
        announcements = announcements.distinct()
    pages, envelope = page_of(
        request, announcements.prefetch_related("topics", "updates"), page=paging.page, page_size=paging.page_size
    )
    bodies = load_bodies(pages)
    items = [
        serializers.announcement_object(page, body, request=request, language=language)
        for page, body in zip(pages, bodies, strict=True)
    ]
    return {**envelope, "items": items}


@router.get(
    "/announcements/{announcement_id}/", response={200: schemas.AnnouncementOut, **ERRORS}, tags=["announcements"]
)
def get_announcement(request, announcement_id: int = Path(..., ge=1, le=2**62)):
    """One published announcement in this language."""
    language = get_language()
    page = _found(
        selectors.public_announcements(language=language).prefetch_related("topics", "updates"),
        _("No announcement is published with this id in this language."),
        pk=announcement_id,
    )
    [body] = load_bodies([page])
    return serializers.announcement_object(page, body, request=request, language=language)


@router.get("/faqs/", response={200: schemas.FAQPage, **ERRORS}, tags=["faqs"])
def list_faqs(request, filters: Query[Filters], paging: Query[Paging]):
    """Frequently asked questions in the FAQ page's order."""
    faq_page = selectors.public_faq_page()
    faqs = selectors.public_faqs(language=get_language())
    if filters.topic:
        faqs = faqs.filter(topic=_topic(filters.topic))
    if filters.license or filters.cited_version:
        faqs = faqs.filter(
            cited_version__in=versions_named(license_slug=filters.license, version_slug=filters.cited_version)
        )
    found, envelope = page_of(request, faqs, page=paging.page, page_size=paging.page_size)
    faq_page_url = faq_page.get_url(request=request) if faq_page else ""
    return {
        **envelope,
        "items": [serializers.faq_object(faq, faq_page_url=faq_page_url, request=request) for faq in found],
    }


@router.get("/topics/", response={200: list[schemas.TopicOut], **ERRORS}, tags=["topics"])
def list_topics(request):
    """Every topic, in the editors' order."""
    return [serializers.topic_object(topic) for topic in Topic.objects.all()]


def _licenses():
    return selectors.public_licenses().prefetch_related(
        Prefetch("versions", queryset=selectors.public_license_versions())
    )


@router.get("/licenses/", response={200: list[schemas.LicenseOut], **ERRORS}, tags=["licenses"])
def list_licenses(request):
    """Every license with its versions, oldest version first."""
    return [serializers.license_object(item, item.versions.all(), request=request) for item in _licenses()]


@router.get("/licenses/{license_slug}/", response={200: schemas.LicenseOut, **ERRORS}, tags=["licenses"])
def get_license(request, license_slug: str = Path(..., pattern=SLUG, max_length=80)):
    """One license with its published versions, oldest first."""
    item = _found(_licenses(), _("There is no license “%(slug)s”.") % {"slug": license_slug}, slug=license_slug)
    return serializers.license_object(item, item.versions.all(), request=request)


def _version(license_slug: str, version_slug: str):
    missing = _("This license has no published version “%(slug)s”.") % {"slug": version_slug}
    return _found(selectors.public_license_versions(), missing, license__slug=license_slug, slug=version_slug)


def _clauses(version):
    return LicenseClause.objects.filter(version=version).order_by("sort_order", "pk")


@router.get(
    "/licenses/{license_slug}/versions/{version_slug}/", response={200: schemas.VersionOut, **ERRORS}, tags=["licenses"]
)
def get_version(
    request,
    license_slug: str = Path(..., pattern=SLUG, max_length=80),
    version_slug: str = Path(..., pattern=SLUG, max_length=40),
):
    """One version of a license with its clauses (our summaries, in this language)."""
    version = _version(license_slug, version_slug)
    return serializers.version_object(version, _clauses(version), request=request)


@router.get(
    "/licenses/{license_slug}/versions/{version_slug}/clauses/",
    response={200: list[schemas.ClauseOut], **ERRORS},
    tags=["licenses"],
)
def list_clauses(
    request,
    license_slug: str = Path(..., pattern=SLUG, max_length=80),
    version_slug: str = Path(..., pattern=SLUG, max_length=40),
):
    """The clauses of one version, in the license's order (our summaries, in this language)."""
    version = _version(license_slug, version_slug)
    version_url = serializers.version_summary(version, request=request)["url"]
    return [serializers.clause_object(clause, version_url=version_url) for clause in _clauses(version)]


@router.get(
    "/licenses/{license_slug}/compare/{old_slug}/{new_slug}/",
    response={200: schemas.ComparisonOut, **ERRORS},
    tags=["licenses"],
)
def compare_versions(
    request,
    license_slug: str = Path(..., pattern=SLUG, max_length=80),
    old_slug: str = Path(..., pattern=SLUG, max_length=40),
    new_slug: str = Path(..., pattern=SLUG, max_length=40),
):
    """What changed between two versions, clause by clause, for a reader of this language."""
    if old_slug == new_slug:
        raise Http404(_("Compare two different versions."))
    old, new = _version(license_slug, old_slug), _version(license_slug, new_slug)
    comparisons = compare_clauses(_clauses(old), _clauses(new), language=get_language())
    return {
        "license": license_slug,
        "old": serializers.version_summary(old, request=request),
        "new": serializers.version_summary(new, request=request),
        "counts": summarize(comparisons),
        "clauses": [
            {
                "key": item.key,
                "status": item.status,
                "heading": item.heading,
                "heading_diff": [{"op": s.op, "text": s.text} for s in item.heading_diff],
                "text_diff": [{"op": s.op, "text": s.text} for s in item.text_diff],
                "changed_in_other_languages": list(item.changed_elsewhere),
            }
            for item in comparisons
        ],
    }
