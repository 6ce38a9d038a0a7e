"""The OpenAPI document says everything the API's HTTP does (``announcements.api.http``):
conditional GET (If-None-Match, ETag, 304), Cache-Control, reads from any origin, and
405 for any method but GET, HEAD and OPTIONS. It also names the server and the tags,
and lists only the components an operation uses, so Redocly's ``recommended`` rules and
Spectral's ``oas`` ruleset find nothing (``.redocly.yaml`` and ``.spectral.yaml`` turn
off, with their reasons, the rules Django's conventions break).
"""

from django.conf import settings
from ninja import NinjaAPI

from site_config.public_urls import public_base_url

from .http import MAX_AGE, READ_METHODS

TAGS = {
    "announcements": "Published announcements, with their concerns and citations.",
    "faqs": "Frequently asked questions.",
    "topics": "The topics announcements are filed under.",
    "licenses": "Licenses, their versions and clauses, and comparisons between versions.",
}

IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The ETag of the copy the client has: answered 304, without a body, while it is current.",
    "schema": {"type": "string"},
}
ETAG = {"description": "A validator of this answer's body, for If-None-Match.", "schema": {"type": "string"}}
CACHE_CONTROL = {
    "description": f"public, max-age={MAX_AGE}: a client or shared cache may reuse the answer that long.",
    "schema": {"type": "string"},
}
ALLOW_ANY_ORIGIN = {"description": "`*`: readable from any origin.", "schema": {"type": "string"}}
NOT_MODIFIED = {
    "description": "Not Modified: the client's copy (If-None-Match) is still current. No body.",
    "headers": {"ETag": ETAG, "Cache-Control": CACHE_CONTROL, "Access-Control-Allow-Origin": ALLOW_ANY_ORIGIN},
}
# Where an answer leads (OpenAPI links): a client, or schemathesis's stateful phase, can
# follow a listing to its items with the values the listing gave.
LINKS = {
    "list_announcements": {
        "get_announcement": {"announcement_id": "$response.body#/items/0/id"},
    },
    "list_licenses": {"get_license": {"license_slug": "$response.body#/0/slug"}},
    "get_license": {
        "get_version": {
            "license_slug": "$request.path.license_slug",
            "version_slug": "$response.body#/versions/0/slug",
        },
        "list_clauses": {
            "license_slug": "$request.path.license_slug",
            "version_slug": "$response.body#/versions/0/slug",
        },
    },
}

METHOD_NOT_ALLOWED = {
    "description": f"The API is read-only: any method but {', '.join(READ_METHODS)} is refused.",
    "headers": {"Allow": {"description": ", ".join(READ_METHODS), "schema": {"type": "string"}}},
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


class DocumentedAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__  # list_announcements: what a generated client calls it

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return complete(schema)


def complete(schema: dict) -> dict:
    schema["servers"] = [{"url": public_base_url(), "description": settings.WAGTAIL_SITE_NAME}]
    schema["security"] = [{}]  # anonymous: no operation needs credentials
    schema["tags"] = [{"name": name, "description": text} for name, text in TAGS.items()]
    schema["info"]["contact"] = {"name": settings.WAGTAIL_SITE_NAME, "url": public_base_url() + "/"}
    for operations in schema["paths"].values():
        for operation in operations.values():
            operation.setdefault("parameters", []).append(IF_NONE_MATCH)
            responses = operation["responses"]  # keyed by int status, as ninja builds it
            responses[200]["headers"] = {
                "ETag": ETAG,
                "Cache-Control": CACHE_CONTROL,
                "Access-Control-Allow-Origin": ALLOW_ANY_ORIGIN,
            }
            responses[304] = NOT_MODIFIED
            responses[405] = METHOD_NOT_ALLOWED
            if links := LINKS.get(operation["operationId"]):
                responses[200]["links"] = {
                    target: {"operationId": target, "parameters": parameters} for target, parameters in links.items()
                }
    _drop_unused_components(schema)
    return schema


def _drop_unused_components(schema: dict) -> None:
    """Ninja lists the query parameters' models as components although the parameters are
    inlined into each operation; keep only what something refers to."""
    components = schema.get("components", {}).get("schemas", {})
    used: set[str] = set()

    def collect(node) -> None:
        if isinstance(node, dict):
            name = node.get("$ref", "").removeprefix("#/components/schemas/")
            if name in components and name not in used:
                used.add(name)
                collect(components[name])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(schema["paths"])
    for name in set(components) - used:
        del components[name]
