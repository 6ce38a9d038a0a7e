"""Error pages in the reader's language, with a way back to either language, robots.txt,
and the page where a reader logs in to read a page restricted to members."""

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from .i18n import home_links, language_links
from .public_urls import absolute_url


@requires_csrf_token
def page_not_found(request, exception=None):
    # The missing page has no translation to switch to: offer each language's home page.
    return render(request, "404.html", {"language_links": home_links()}, status=404)


@requires_csrf_token
def server_error(request):
    # No context processors or database: whatever broke must not break this page too.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = absolute_url("/sitemap.xml")
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once too many wrong passwords came from one address (429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"language_links": home_links(), "minutes": minutes}
    return render(request, "locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


class ReaderLoginView(LoginView):
    """Where Wagtail sends a reader to log in to a page restricted to logged-in members or to
    groups (``wagtailcore_login``); in the reader's language, never cached, never indexed."""

    template_name = "reader_login.html"
    redirect_authenticated_user = False  # a member of the wrong group must be able to switch

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "language_links": language_links(self.request)}
