"""Which translated fields are still empty, in which language (pure logic, no queries)."""

from collections.abc import Iterable

from site_config.i18n import language_codes


def is_blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def missing_translations(obj, field_names: Iterable[str], languages: Iterable[str] | None = None) -> list[str]:
    """Names of the per-language fields (``summary_ja``) that are blank on ``obj``."""
    languages = list(languages or language_codes())
    return [
        f"{field}_{language}"
        for field in field_names
        for language in languages
        if is_blank(getattr(obj, f"{field}_{language}", None))
    ]
