"""Admin form for bilingual pages: drafts may be half-written, published pages may not."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from site_config.i18n import language_name
from site_config.translation_status.forms import TranslationsCheckedMixin

from .rules.translation_status import missing_translations

NEW_PAGE_FORM_TOKEN = "new_page_form_token"


def missing_translation_message(field_name: str):
    language = field_name.rsplit("_", 1)[-1]
    return _("This field is required in %(language)s before the page can be published.") % {
        "language": language_name(language)
    }


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
