"""Security headers on every response: Content Security Policy (django-csp), Permissions-Policy
and X-Frame-Options.

Public pages get ``CONTENT_SECURITY_POLICY`` (no inline script but what carries the
request's nonce, e.g. JSON-LD; ``frame-ancestors 'none'``). The Wagtail admin
(``/admin/``, previews included) gets ``ADMIN_CONTENT_SECURITY_POLICY``, which allows the
inline scripts and styles Wagtail and wagtail-modeltranslation write, and framing by the
site itself (the preview panel).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_request(request) -> bool:
    """The admin's own screens, and the previews it frames: Wagtail renders a preview by
    running a request for the page's public address through this middleware stack, marked
    ``is_preview``; with the public policy (``frame-ancestors 'none'``) the preview panel
    would show nothing."""
    return request.path_info.startswith(settings.ADMIN_PATH_PREFIX) or getattr(request, "is_preview", False)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under ``/admin/``."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy and X-Frame-Options on every response, static files and errors
    included: it comes before WhiteNoise in MIDDLEWARE, so it also wraps the static files
    WhiteNoise answers; the response cache in front of it stores these headers with each
    entry. A view that set its own X-Frame-Options (Wagtail's previews: SAMEORIGIN) or is
    exempt keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response
