"""Wagtail's page serving, with the home page and an announcement each found in one query.

Wagtail routes ``/en/<slug>/`` in four queries or more: the site (with its root page),
the root page again as its own type, the child with that slug, and the child's view
restrictions. The root page's own fields are not needed to find its children, and
nearly every page a reader opens is an announcement directly under it: this finds the
announcement, and whether a restriction covers it, in one query. Any other child of the
home page is found as the home page would find it (``BilingualPage.specific_child_of``),
without loading the home page again. The home page itself (``/en/``) is loaded as its
own type with its restriction check inside the same query. Either way the answer is
handed to Wagtail as the route it would have found (``Page.route_for_request`` keeps its
answer on the request), and Wagtail's view serves the page as usual, with its hooks and
restriction checks. Deeper addresses, and a site whose root is not the announcement
index, Wagtail routes itself.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from wagtail import views as wagtail_views
from wagtail.models import Site
from wagtail.url_routing import RouteResult

from announcements.models import AnnouncementIndexPage, AnnouncementPage
from announcements.models.bilingual import AddressInAnotherLanguage

from .selectors import restricted_here_or_above


def serve(request, path: str):
    try:
        route_home_or_child(request, path)
        return wagtail_views.serve(request, path)
    except AddressInAnotherLanguage as moved:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(moved.page.get_url(request) + (f"?{query}" if query else ""))


def route_home_or_child(request, path: str) -> None:
    components = [component for component in path.split("/") if component]
    if len(components) > 1 or settings.WAGTAIL_I18N_ENABLED:
        return
    site = Site.find_for_request(request)  # kept on the request: Wagtail reads it from there
    home = site.root_page if site is not None else None
    if home is None or home.alias_of_id is not None or home.specific_class is not AnnouncementIndexPage:
        return
    request._wagtail_route_for_request = _route(request, home, components[0]) if components else _route_home(home)


def _route_home(home) -> RouteResult | None:
    page = _first_with_restrictions_known(AnnouncementIndexPage.objects.filter(pk=home.pk, live=True))
    return RouteResult(page) if page is not None else None  # not live: Wagtail's route ends in "not found"


def _route(request, home, slug: str) -> RouteResult | None:
    announcement = _first_with_restrictions_known(
        AnnouncementPage.objects.child_of(home).filter(
            AnnouncementIndexPage.slug_matches(slug), live=True, alias_of__isnull=True
        )
    )
    if announcement is not None:
        return RouteResult(announcement)
    # Not a live announcement (the FAQ page, an alias, a draft): as the home page routes it.
    child = AnnouncementIndexPage.specific_child_of(home, slug)
    if child is None:
        AnnouncementIndexPage.refuse_slug_of_another_language(home, slug)
    try:
        return child.route(request, []) if child is not None else None
    except Http404:  # as Wagtail records a route that ends in "not found"
        return None


def _first_with_restrictions_known(pages):
    """The first of ``pages``, with whether a view restriction covers it (here or above)
    checked inside the same query and recorded on it, so serving it asks nothing more."""
    page = pages.annotate(restricted=restricted_here_or_above()).first()
    if page is not None and not page.restricted:
        page.has_no_view_restrictions()
    return page
