"""The one answer to "what may the public see, in this language".

Pages, the FAQ list and (later) feeds, sitemap and search all read through here,
so a draft, private or expired page, or one not yet written in the reader's
language, can leak nowhere.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction, ReferenceIndex

from announcements.models import FAQ, AnnouncementIndexPage, AnnouncementPage, FAQPage, Topic
from licenses.models import License, LicenseClause, LicenseVersion


def _not_expired() -> Q:
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def visible_now(pages: QuerySet) -> QuerySet:
    """Live, publicly viewable and not past ``expire_at``: an expired page is gone the
    moment it expires, before the scheduler gets round to unpublishing it."""
    return pages.live().public().filter(_not_expired())


def restricted_here_or_above() -> Exists:
    """True for a page when it or an ancestor has a view restriction (a restricted page's
    path begins its path), checked inside the page's own query. Not for long lists: the
    database checks that per row."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def _visible_now_in_one_query(pages: QuerySet) -> QuerySet:
    """``visible_now`` for a lookup of one page or a few: the privacy check runs inside the
    same query instead of listing every restriction first."""
    return pages.live().filter(~restricted_here_or_above(), _not_expired())


def _written_in(language: str, field_names) -> Q:
    condition = Q()
    for field in field_names:
        name = f"{field}_{language}"
        condition &= Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})
    return condition


def public_announcements(*, language: str, topic: Topic | None = None) -> QuerySet[AnnouncementPage]:
    """Live, publicly viewable announcements written in ``language``, newest first;
    only those filed under ``topic`` when one is given. One published in the default
    language only for now is not yet written in the others, whatever its fields hold."""
    announcements = (
        visible_now(AnnouncementPage.objects.all())
        .filter(_written_in(language, ("title", "summary")))
        .order_by("-date", "-first_published_at", "-pk")
    )
    if language != settings.LANGUAGE_CODE:
        announcements = announcements.filter(default_language_only=False)
    if topic is not None:
        announcements = announcements.filter(topics=topic)
    return announcements


def public_faqs(*, language: str | None = None) -> QuerySet[FAQ]:
    """Live FAQs in the FAQ page's order (topics and questions follow the editors'
    ``sort_order``, so every language lists them alike); a draft FAQ, or a draft change to
    a live one, is not public. With ``language``: only those written in it, and none
    while the FAQ page is not public (the questions have no public home then)."""
    faqs = (
        FAQ.objects.filter(live=True)
        .select_related("topic", "cited_version__license", "cited_version__superseded_by", "cited_clause")
        .order_by("topic__sort_order", "topic__pk", "sort_order", "pk")
    )
    if language is None:
        return faqs
    if public_faq_page() is None:
        return FAQ.objects.none()
    return faqs.filter(_written_in(language, ("question", "answer")))


def faqs_by_topic() -> list[tuple]:
    """FAQs grouped by topic: [(topic, [faq, ...]), ...]."""
    grouped: dict[Topic, list[FAQ]] = {}
    for faq in public_faqs():
        grouped.setdefault(faq.topic, []).append(faq)
    return list(grouped.items())


def public_faq_page() -> FAQPage | None:
    return _visible_now_in_one_query(FAQPage.objects.all()).first()


def public_faq_page_link() -> FAQPage | None:
    """The public FAQ page with only what a link to it shows (its address and title),
    for the pages that link to it: a fraction of the columns of the whole page."""
    return (
        _visible_now_in_one_query(FAQPage.objects.all())
        .only("id", "path", "depth", "live", "content_type_id", "url_path", "title")
        .first()
    )


def public_index_pages() -> list[AnnouncementIndexPage]:
    return list(_visible_now_in_one_query(AnnouncementIndexPage.objects.all()))


def public_licenses() -> QuerySet[License]:
    """Every license (licenses have no draft state; their versions do)."""
    return License.objects.order_by("name", "pk")


def public_license_versions() -> QuerySet[LicenseVersion]:
    return (
        LicenseVersion.objects.live()
        .select_related("license", "supersedes", "superseded_by")
        .order_by("license__slug", "effective_date", "pk")
    )


def public_license_clauses() -> QuerySet[LicenseClause]:
    return (
        LicenseClause.objects.filter(version__live=True)
        .select_related("version__license")
        .order_by("version__license__slug", "version__effective_date", "version__pk", "sort_order", "pk")
    )


def citing(announcements: QuerySet[AnnouncementPage], versions) -> QuerySet[AnnouncementPage]:
    """Those of ``announcements`` whose body cites one of ``versions``, found through
    Wagtail's reference index (which records every chooser block that points at a version)."""
    citing_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(LicenseVersion),
        to_object_id__in=[str(version.pk) for version in versions],
        content_type=ContentType.objects.get_for_model(AnnouncementPage),
    ).values_list("object_id", flat=True)
    return announcements.filter(pk__in=[int(pk) for pk in citing_ids])
