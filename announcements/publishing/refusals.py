"""A publication refused in the admin comes back to the person as a message, whichever
screen asked (the approve dialog, a bulk action, an edit form): never a server error.
Whatever the refused step was part of is rolled back with it."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.admin.modal_workflow import render_modal_workflow

from site_config.translation_status.texts import TranslationsOutOfDate


def page_to_return_to(request) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure()):
        return referer
    return reverse("wagtailadmin_home")


class PublishingRefusedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TranslationsOutOfDate):
            return None
        messages.error(request, " ".join(exception.messages))
        back = page_to_return_to(request)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's dialogs follow a "success" step's redirect, where the message shows.
            return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": back})
        return redirect(back)
