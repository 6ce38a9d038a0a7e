"""The search page: ``/en/search/?q=`` and ``/ja/search/?q=``.

Any query string is answered with a normal page: an over-long query is shortened
(and the reader told), control characters are dropped, SQL and regex characters are
only ever text to look for, a bad page number gives the nearest page. Responses carry
an ETag and ``Cache-Control`` so a cache in front can serve them.
"""

import hashlib
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from site_config.i18n import language_codes, language_links, language_name
from site_config.public_http import conditional_response

from .query import search
from .results import page_links, result
from .text import MAX_QUERY_CHARACTERS, query_terms

PER_PAGE = 10
BROWSER_CACHE_SECONDS = 60


def _query(request: HttpRequest) -> str:
    value = request.GET.get("q", "")
    return value if isinstance(value, str) else ""


def other_languages(request: HttpRequest, query: str) -> list[dict]:
    """The same search in the other languages: a reader may have typed in the other one."""
    current = get_language()
    return [
        {
            "code": code,
            "name": language_name(code),  # in a sentence: the reader's word for it ("英語")
            "url": f"{translate_url(request.path, code)}?{urlencode({'q': query})}",
        }
        for code in language_codes()
        if code != current and query
    ]


@require_safe
def search_view(request: HttpRequest) -> HttpResponse:
    raw_query = _query(request)
    query = raw_query[:MAX_QUERY_CHARACTERS].strip()
    terms = query_terms(query)
    documents = search(terms, language=get_language())
    page = Paginator(documents, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "search_query": query,  # fills the header box too
        "shortened": len(raw_query) > MAX_QUERY_CHARACTERS,
        "searched": bool(terms),
        "results": [result(document, terms) for document in page.object_list],
        "page_obj": page,
        "page_links": page_links(page, query),
        "other_languages": other_languages(request, query),
        "language_links": language_links(request),
    }
    response = TemplateResponse(request, "search/search.html", context)
    response.render()
    return _with_validators(request, response)


def _with_validators(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    etag = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=BROWSER_CACHE_SECONDS)
    return conditional_response(request, response, etag=etag)
