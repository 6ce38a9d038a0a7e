"""HTTP for what anyone may read: CORS for reads from any origin, and a conditional GET
whose 304 keeps the headers the full answer carries.

Django's 304 keeps only the validators and caching headers (RFC 9110 §15.4.5); a browser
then refuses a cross-origin 304 without its CORS headers ("Failed to fetch"), and a 304
answered from the response cache would lack the security headers the rendered answer has.
"""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response

# A public read, from any origin: the site's API, feeds and JSON Feed.
READABLE_FROM_ANY_ORIGIN = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Language",
}
# What describes the body a 304 has none of.
BODY_HEADERS = {"content-type", "content-length", "content-encoding"}


def conditional_response(
    request: HttpRequest, response: HttpResponse, *, etag: str, last_modified: int | None = None
) -> HttpResponse:
    """``response``, or 304 Not Modified when the client's copy is current; the 304 carries
    every header of ``response`` but those describing its body."""
    answer = get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
    if answer.status_code == 304:
        for name, value in response.items():
            if name.lower() not in BODY_HEADERS and name not in answer:
                answer[name] = value
    return answer
