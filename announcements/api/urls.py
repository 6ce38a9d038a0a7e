"""``/<language>/api/v1/``: every operation wrapped in the API's HTTP behaviour, and a JSON
404 for any other address under it."""

from django.urls import re_path
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .api import api
from .http import api_http, json_error

api_patterns, app_name, namespace = api.urls


@api_http
def unknown(request, rest: str = ""):
    return json_error(404, "No such API address. The operations are listed in openapi.json.")


urlpatterns = [*decorate_urlpatterns(api_patterns, api_http), re_path(r"^(?P<rest>.*)$", unknown)]
