"""Error pages in the reader's language, with a way back to the other language."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # No context processors or database: whatever broke must not break this page too.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": request}))
