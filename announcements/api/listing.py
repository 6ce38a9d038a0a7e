"""Pages of a list and the filters list endpoints share. Bad values are the caller's
error (400), never a 500; a page past the end is a 404."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from announcements.public.selectors import public_license_versions

MAX_PAGE_SIZE = 100


def page_of(request, items, *, page: int, page_size: int):
    """(the page's objects, its envelope without ``items``) with absolute next/previous links."""
    paginator = Paginator(items, page_size)
    try:
        current = paginator.page(page)
    except EmptyPage:
        raise Http404("No such page.") from None

    def link(number: int) -> str:
        query = request.GET.copy()
        query["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    envelope = {
        "count": paginator.count,
        "page": current.number,
        "page_size": page_size,
        "next": link(current.next_page_number()) if current.has_next() else None,
        "previous": link(current.previous_page_number()) if current.has_previous() else None,
    }
    return list(current.object_list), envelope


def versions_named(*, license_slug: str | None, version_slug: str | None) -> list:
    """The versions a ``license`` / ``cited_version`` filter names (a version slug alone
    names that version of every license). Naming nothing known filters everything out."""
    versions = public_license_versions()
    if license_slug:
        versions = versions.filter(license__slug=license_slug)
    if version_slug:
        versions = versions.filter(slug=version_slug)
    return list(versions)
