"""The admin's "New version from this one" for license versions (in place of a plain copy)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from site_config.i18n import language_codes, native_name

from .models import LicenseVersion, validate_version_label
from .versioning import new_version_from


class NewVersionForm(forms.Form):
    slug = forms.SlugField(label=_("Version slug"), max_length=40, help_text=_("Short and permanent, e.g. v3."))
    effective_date = forms.DateField(label=_("Effective date"), widget=AdminDateInput)

    def __init__(self, *args, source: LicenseVersion, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source
        for code in language_codes():
            self.fields[f"label_{code}"] = forms.CharField(
                label=_("Label (%(language)s)") % {"language": native_name(code)},
                max_length=60,
                validators=[validate_version_label],
                help_text=_("How a sentence names the new version, e.g. “version 3” / “第3版”."),
            )

    def clean(self):
        cleaned = super().clean()
        if hasattr(self.source, "superseded_by"):
            raise ValidationError(
                _("“%(source)s” already has a newer version: start from that one."),
                params={"source": self.source.full_name},
            )
        return cleaned

    def create(self) -> LicenseVersion:
        labels = {code: self.cleaned_data[f"label_{code}"] for code in language_codes()}
        try:
            return new_version_from(
                self.source,
                slug=self.cleaned_data["slug"],
                effective_date=self.cleaned_data["effective_date"],
                labels=labels,
            )
        except ValidationError as error:
            for field, messages_ in error.message_dict.items():
                self.add_error(field if field in self.fields else None, messages_)
            return None


class NewVersionView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = "licenses.add_licenseversion"
    template_name = "licenses/admin/new_version.html"
    form_class = NewVersionForm
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        self.source = get_object_or_404(LicenseVersion.objects.select_related("license"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("New version from “%(source)s”") % {"source": self.source.full_name}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "source": self.source}

    def form_valid(self, form):
        version = form.create()
        if version is None:
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "“%(version)s” was created as a draft with %(count)d clauses carried over: check each against "
                "the new text, then publish it. Readers see nothing of it until then."
            )
            % {"version": version.full_name, "count": version.clauses.count()},
        )
        return redirect("wagtailsnippets_licenses_licenseversion:edit", version.pk)
