"""HTTP around every API response: CORS for reads from any origin, ETag with conditional
GET, ``Cache-Control``, HEAD, and JSON (never HTML) for every error."""

import hashlib
import json
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext

from site_config.public_http import READABLE_FROM_ANY_ORIGIN, conditional_response

MAX_AGE = 60  # seconds a client or shared cache may reuse a response without asking again
READ_METHODS = ("GET", "HEAD", "OPTIONS")
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": ", ".join(READ_METHODS),
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


def json_error(status: int, detail: str) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status)


def api_http(view):
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            del response["Content-Type"]  # a 204 has no content (RFC 9110 §15.3.5)
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
        elif request.method not in READ_METHODS:
            response = json_error(405, gettext("This API is read-only: use GET."))
            response["Allow"] = ", ".join(READ_METHODS)
        else:
            response = _read(view, request, *args, **kwargs)
        for name, value in READABLE_FROM_ANY_ORIGIN.items():
            response[name] = value
        return response

    return wrapper


def _read(view, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    head = request.method == "HEAD"
    if head:
        request.method = "GET"  # the operations are declared for GET; HEAD is GET without a body
    response = view(request, *args, **kwargs)
    if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
        response = json_error(response.status_code, _reason(response))
    if response.status_code == 200 and not response.streaming:
        etag = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        response = conditional_response(request, response, etag=etag)
    elif response.status_code >= 400:
        patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ["Accept-Encoding"])
    if head and not response.streaming:
        response.content = b""
    return response


def _reason(response: HttpResponse) -> str:
    try:
        return str(json.loads(response.content)["detail"])
    except (ValueError, KeyError, TypeError):
        return response.reason_phrase
