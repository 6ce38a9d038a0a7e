"""The edit form's "Translations checked" box, for every model that tracks translations."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from site_config.i18n import language_codes, language_name

from .texts import out_of_date_after_save, publication_languages


class TranslationsCheckedMixin(forms.Form):
    """The box an editor ticks after checking that a language still says the same as the
    others (GOV.UK's "minor change" box, for translations). Read by ``save_revision``."""

    translations_checked = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Translations checked"),
        help_text=_(
            "Tick a language whose texts you have checked against the others: where they "
            "still say the same, they are no longer out of date when you save."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["translations_checked"].choices = [(code, language_name(code)) for code in language_codes()]

    def clean(self):
        cleaned_data = super().clean()
        self.instance.translations_confirmed = cleaned_data.get("translations_checked") or []
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the submitted values
        if "action-publish" in self.data and not self.errors:
            self.confirm_out_of_date_translations()

    def is_valid(self):
        valid = super().is_valid()
        if valid and "action-publish" in self.data and getattr(self.instance, "translated_child_fields", None):
            # Inline rows (a version's clauses) are cleaned after the form itself: put them
            # on the instance, in memory, as publishing will save them, and check them too.
            self.save(commit=False)
            self.confirm_out_of_date_translations()
            valid = not self.errors
        return valid

    def confirm_out_of_date_translations(self) -> None:
        """Publishing while a language is out of date asks the editor to confirm that it still
        says the same (tick it under "Translations checked") or to update it first."""
        confirmed = self.cleaned_data.get("translations_checked") or []
        stale = out_of_date_after_save(
            self.instance, confirmed=confirmed, languages=publication_languages(self.instance)
        )
        for language, labels in stale.items():
            self.add_error(
                "translations_checked",
                _(
                    "The %(language)s may no longer say the same as the other languages: %(texts)s. "
                    "Check it; if it still says the same, tick %(language)s here and publish again, "
                    "or update it first."
                )
                % {"language": language_name(language), "texts": "; ".join(labels)},
            )


class TranslatedSnippetForm(TranslationsCheckedMixin, WagtailAdminModelForm):
    """For snippets with translation status (FAQs, license versions)."""
