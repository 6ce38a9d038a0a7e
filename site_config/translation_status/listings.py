"""Translation status in Wagtail's listings: a column per language and a filter
("Needs Japanese", "Japanese out of date") for any model that tracks translations.

Both read ``TranslationWork``, the per-language work recorded on every save, with one
subquery per language: no revision is loaded to draw a listing.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import StatusTagColumn

from site_config.i18n import language_codes, language_name

from .models import TranslationWork

UP_TO_DATE = "up_to_date"
STATUS_WORDS = {
    TranslationWork.Status.MISSING: _("missing"),
    TranslationWork.Status.OUT_OF_DATE: _("out of date"),
    UP_TO_DATE: _("up to date"),
}


def annotation_name(language: str) -> str:
    return f"translation_{language}"


def with_translation_status(queryset: QuerySet, model) -> QuerySet:
    """Each row gains ``translation_<language>``: missing, out_of_date or up_to_date (the
    worst, when a language has both missing and out-of-date texts)."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    work = TranslationWork.objects.filter(content_type=content_type, object_id=OuterRef("pk"))
    # "missing" sorts before "out_of_date": the first row is the worst.
    return queryset.annotate(
        **{
            annotation_name(code): Coalesce(
                Subquery(work.filter(language=code).order_by("status").values("status")[:1]), Value(UP_TO_DATE)
            )
            for code in language_codes()
        }
    )


def _column_label(language: str) -> str:
    return gettext("%(language)s text") % {"language": language_name(language)}


def translation_columns() -> list[StatusTagColumn]:
    return [
        StatusTagColumn(
            annotation_name(code),
            label=lazy(_column_label, str)(code),
            accessor=lambda item, code=code: STATUS_WORDS.get(getattr(item, annotation_name(code), UP_TO_DATE)),
            # As Wagtail styles "live" against "draft": the finished state is the primary one.
            primary=lambda item, code=code: getattr(item, annotation_name(code), UP_TO_DATE) == UP_TO_DATE,
        )
        for code in language_codes()
    ]


def _filter_choices() -> list[tuple[str, str]]:
    choices = []
    for code in language_codes():
        name = language_name(code)
        choices.append((f"needs:{code}", gettext("Needs %(language)s") % {"language": name}))
        choices.append((f"out_of_date:{code}", gettext("%(language)s out of date") % {"language": name}))
    return choices


class TranslationFilter(django_filters.ChoiceFilter):
    """ "Needs Japanese" (missing or out of date) or "Japanese out of date" only."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Translation"))
        kwargs.setdefault("choices", _filter_choices)
        super().__init__(*args, **kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        need, _separator, language = value.partition(":")
        statuses = [TranslationWork.Status.OUT_OF_DATE] if need == "out_of_date" else None
        return queryset.filter(pk__in=TranslationWork.ids_needing(queryset.model, language=language, statuses=statuses))
