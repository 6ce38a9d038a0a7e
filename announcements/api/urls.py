"""``/<language>/api/v1/``: its root (where everything is), every operation wrapped in the
API's HTTP behaviour, and a JSON 404 for any other address under it."""

from django.http import JsonResponse
from django.urls import path, re_path, reverse
from django.utils.translation import gettext
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .api import api
from .http import api_http, json_error

api_patterns, app_name, namespace = api.urls
# Ninja's own root answers Django's HTML 404: this API's root says where everything is.
operations = [pattern for pattern in api_patterns if pattern.name != "api-root"]
COLLECTIONS = {
    "announcements": "list_announcements",
    "faqs": "list_faqs",
    "topics": "list_topics",
    "licenses": "list_licenses",
}


@api_http
def root(request):
    absolute = request.build_absolute_uri
    return JsonResponse(
        {
            "openapi": absolute(reverse("api:openapi-json")),
            "docs": absolute(reverse("api:openapi-view")),
            **{name: absolute(reverse(f"api:{operation}")) for name, operation in COLLECTIONS.items()},
        }
    )


@api_http
def unknown(request, rest: str = ""):
    return json_error(404, gettext("No such API address. The operations are listed in openapi.json."))


urlpatterns = [
    path("", root, name="api-root"),  # the name ninja reverses for its schema's base path
    *decorate_urlpatterns(operations, api_http),
    re_path(r"^(?P<rest>.*)$", unknown),
]
