"""Admin form for bilingual pages: drafts may be half-written, published pages may not."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from site_config.i18n import language_codes, language_name

from .rules.translation_status import missing_translations
from .translation_texts import out_of_date_after_save, publication_languages

NEW_PAGE_FORM_TOKEN = "new_page_form_token"


def missing_translation_message(field_name: str):
    language = field_name.rsplit("_", 1)[-1]
    return _("This field is required in %(language)s before the page can be published.") % {
        "language": language_name(language)
    }


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


class BilingualSnippetForm(TranslationsCheckedMixin, WagtailAdminModelForm):
    """For snippets with translation status (FAQs)."""


class BilingualPageForm(TranslationsCheckedMixin, WagtailAdminPageForm):
    """Refuses to publish while any of the page's ``translated_required_fields`` is blank,
    or any text of a block in its ``translated_block_fields`` is blank in a language.

    Saving a draft defers required fields (Wagtail's deferred validation), so an
    editor can write one language first and the other later.
    """

    # A create form's own token, posted with every save of that form: a second create post
    # of the same form (autosave raced by a click) is then recognised as the page it already
    # made (announcements.editor.new_pages). No panel claims it, so Wagtail renders it as
    # the hidden input it is; an edit form has no use for it.
    new_page_form_token = forms.UUIDField(required=False, widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            del self.fields[NEW_PAGE_FORM_TOKEN]

    def clean(self):
        cleaned_data = super().clean()
        # The form reports missing translations itself (on the right field, and only
        # when publishing); the model's own check is for pages published from code.
        self.instance.translations_checked_by_form = True
        if self.is_deferred_validation:
            return cleaned_data
        required = getattr(self.instance, "translated_required_fields", ())
        instance = _CleanedData(cleaned_data, self.instance)
        languages = type(self.instance).languages_to_publish(instance)
        for field_name in missing_translations(instance, required, languages):
            if field_name in self.fields and field_name not in self.errors:
                self.add_error(field_name, missing_translation_message(field_name))
        for field_name in getattr(self.instance, "translated_block_fields", ()):
            if field_name in self.errors or cleaned_data.get(field_name) is None:
                continue
            missing = self.fields[field_name].block.missing_translations(cleaned_data[field_name], languages)
            if missing is not None:
                self.add_error(field_name, missing)
        return cleaned_data


class _CleanedData:
    """Reads submitted values first, falling back to the instance for fields not in the form."""

    def __init__(self, cleaned_data, instance):
        self._cleaned_data, self._instance = cleaned_data, instance

    def __getattr__(self, name):
        if name in self._cleaned_data:
            return self._cleaned_data[name]
        return getattr(self._instance, name, None)
