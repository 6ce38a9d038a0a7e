"""Wagtail's page password form, throttled like the admin login (django-axes).

Wagtail checks a page's password itself, not through Django's ``authenticate()``, so
django-axes never hears of a wrong one. This view wraps Wagtail's: a wrong password is
reported to django-axes as a failed login for that restriction from that address, and
once the limit is reached the form is refused with the lock-out page until the cool-off
ends. Registered in ``site_config.urls`` in front of Wagtail's own pattern.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed
from wagtail.views import authenticate_with_password


def _credentials(page_view_restriction_id: int) -> dict:
    # The "username" django-axes counts failures against: the restriction, not a person.
    return {"username": f"page-password-{page_view_restriction_id}"}


def throttled_authenticate_with_password(request, page_view_restriction_id: int, page_id: int):
    credentials = _credentials(page_view_restriction_id)
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, credentials=credentials)
    response = authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code == 200:  # the form again: a wrong password
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response
