"""The NinjaAPI: operations, OpenAPI 3.1 schema and docs page, errors as ``{"detail": ...}``."""

from django.http import Http404
from django.utils.translation import gettext
from ninja.errors import HttpError, ValidationError

from announcements.public.serializers import CONCERNS_FORMAT

from .endpoints import router
from .openapi import DocumentedAPI

api = DocumentedAPI(
    title="Community announcements API",
    # The schema's version; its one change so far was the concerns' format (2: not_perfect).
    version=str(CONCERNS_FORMAT),
    description=(
        "Read-only public data of the site, per language: `/en/api/v1/` answers in English, "
        "`/ja/api/v1/` in Japanese. Announcements carry their concerns and citations in the shape "
        "the JSON Feed extension uses, one list per section of the page: `resolved_concerns`, "
        "`not_perfect` and `remaining_concerns` (schema version 2; in version 1 `not_perfect` was part of "
        "`remaining_concerns`). Each citation's `cited_as` is the citation as the page writes it. "
        "Responses have an ETag (send If-None-Match for a 304) and "
        "may be fetched from any origin; HEAD and OPTIONS are answered too, any other method with 405. "
        'Errors are `{"detail": ...}` with status 400, 404 or 405.'
    ),
    urls_namespace="api",
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
api.add_router("", router)


@api.exception_handler(ValidationError)
def invalid_input(request, error: ValidationError):
    # Ninja answers 422 by default; a bad query or path value is a plain 400 here.
    return api.create_response(request, {"detail": error.errors}, status=400)


@api.exception_handler(HttpError)
def http_error(request, error: HttpError):
    return api.create_response(request, {"detail": str(error)}, status=error.status_code)


@api.exception_handler(Http404)
def not_found(request, error: Http404):
    # The operations' own messages are in the reader's language; anything else says no more.
    return api.create_response(
        request, {"detail": str(error) or gettext("Nothing is published at this address.")}, status=404
    )
