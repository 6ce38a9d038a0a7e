"""How a page gets what it shows readers without the content importing the read side.

Wagtail asks the page model for its template context (``Page.get_context``), but what a
page shows beyond its own fields (the listing, checked citations, JSON-LD) belongs to
the read side, ``announcements.public``, which imports the models. So the read side
registers one builder per page type here, and ``AnnouncementsConfig.ready`` imports
``announcements.public.pages`` to do so: the one place the layers are wired upward.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

ContextBuilder = Callable[..., dict]


class CanonicalRedirect(Exception):
    """Raised by a builder when the request's query string is not the canonical form of
    what it asks for (``?page=abc``, ``?page=1``): the page answers with a redirect to
    ``url`` instead, so only canonical URLs are ever rendered and cached."""

    def __init__(self, url: str):
        super().__init__(url)
        self.url = url


_builders: dict[type, ContextBuilder] = {}


def builds_context_for(*page_types: type) -> Callable[[ContextBuilder], ContextBuilder]:
    """Register ``builder(request, *, page, meta) -> dict`` for ``page_types``."""

    def register(builder: ContextBuilder) -> ContextBuilder:
        for page_type in page_types:
            _builders[page_type] = builder
        return builder

    return register


def reader_context(page, request, *, meta) -> dict:
    """The read side's context for ``page``."""
    try:
        builder = _builders[type(page)]
    except KeyError:
        raise ImproperlyConfigured(
            f"No reader context for {type(page).__name__}: register one with @builds_context_for "
            "in announcements.public.pages."
        ) from None
    return builder(request, page=page, meta=meta)
