"""The copy form says why a copy cannot be published with it, and keeps what was typed.

The refusal itself is the copy action's (``translation_gate.refuse_unconfirmed_copy``);
this only meets it on the form, before wagtail-modeltranslation's copy view runs it.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.actions.copy_page import CopyPageAction
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_modeltranslation import settings as wmt_settings
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm

from site_config.i18n import language_name
from site_config.translation_status.texts import TranslationsOutOfDate

from .translation_gate import refuse_unconfirmed_copy


def new_titles_and_slugs(form) -> dict[str, str]:
    """What the copy form sets on the copy, as wagtail-modeltranslation's copy view reads it."""
    attrs = {}
    for code, _name in settings.LANGUAGES:
        slug = build_localized_fieldname("slug", code) if wmt_settings.TRANSLATE_SLUGS else "slug"
        title = build_localized_fieldname("title", code)
        attrs[slug] = form.cleaned_data[f"new_{slug}"]
        attrs[title] = form.cleaned_data[f"new_{title}"]
    return attrs


def refuse_on_the_form(request, page):
    """The ``before_copy_page`` hook: a copy to be published whose new titles leave a
    language out of date gets the form back, filled in, with the reason on "Publish"."""
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    form = PatchedCopyForm(request.POST, user=request.user, page=page, can_publish=True)
    if not form.is_valid():
        return None  # the copy view shows these errors itself
    action = CopyPageAction(
        page=page,
        to=form.cleaned_data["new_parent_page"],
        update_attrs=new_titles_and_slugs(form),
        keep_live=True,
        user=request.user,
    )
    try:
        refuse_unconfirmed_copy(action)
    except TranslationsOutOfDate as refused:
        for language, labels in refused.stale.items():
            form.add_error(
                "publish_copies",
                _(
                    "%(language)s would be out of date in the published copy (%(texts)s). "
                    "Give the copy its new wording in %(language)s too, or copy it without publishing."
                )
                % {"texts": ", ".join(labels), "language": language_name(language)},
            )
        context = {"page": page, "form": form, "next": get_valid_next_url_from_request(request)}
        return render(request, "modeltranslation_copy.html", context)
    return None
