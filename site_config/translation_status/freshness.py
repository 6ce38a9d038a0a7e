"""Whether each translation is missing, out of date or up to date (pure logic, no queries).

Every translatable text (a field such as ``summary`` or a block's ``title``) has one
wording per language. When a language's wording is written, we record what the other
languages said at that moment, as fingerprints: that is what the translation was made
from. Later, a language is *out of date* when another language's wording no longer
matches what it was made from, i.e. the other language changed after this one was last
written; *missing* when it is blank while another language has it; *up to date* otherwise (a
text blank in every language is up to date: there is nothing to translate). An editor who checks that
a translation still says the same confirms it, which records the current fingerprints
(GOV.UK's "minor change" box, for translations).

Records are plain data, ``{text key: {language: {other language: fingerprint}}}``, so
they can be stored as JSON beside the texts and tested without a database.
"""

import hashlib
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum

Texts = Mapping[str, Mapping[str, str]]  # text key -> language -> wording
Sources = dict[str, dict[str, dict[str, str]]]  # text key -> language -> other language -> fingerprint


class Freshness(StrEnum):
    MISSING = "missing"
    OUT_OF_DATE = "out_of_date"
    UP_TO_DATE = "up_to_date"


def fingerprint(text: str | None) -> str:
    """A short digest of a wording. Unicode normalisation and runs of white space do not
    count as changes; anything a reader could see does."""
    normalised = " ".join(unicodedata.normalize("NFC", text or "").split())
    return hashlib.sha256(normalised.encode()).hexdigest()[:16]


def is_blank(text: str | None) -> bool:
    return not (text or "").strip()


def freshness(texts: Texts, sources: Mapping, *, key: str, language: str) -> Freshness:
    """The status of ``language``'s wording of the text ``key``."""
    wordings = texts[key]
    if is_blank(wordings.get(language)):
        # Blank in every language (an optional text left out): there is nothing to
        # translate. Whether a text is required is a publishing rule, checked elsewhere.
        if all(is_blank(wording) for wording in wordings.values()):
            return Freshness.UP_TO_DATE
        return Freshness.MISSING
    made_from = sources.get(key, {}).get(language)
    if made_from is None:
        # Never recorded (content older than the records): nothing says it is stale.
        return Freshness.UP_TO_DATE
    for other, wording in wordings.items():
        # A language left blank is missing itself; it makes no other language stale.
        if other != language and not is_blank(wording) and made_from.get(other) != fingerprint(wording):
            return Freshness.OUT_OF_DATE
    return Freshness.UP_TO_DATE


def report(texts: Texts, sources: Mapping, languages: Iterable[str]) -> dict[str, dict[str, Freshness]]:
    """Every text's status in every language: ``{key: {language: Freshness}}``."""
    languages = list(languages)
    return {key: {code: freshness(texts, sources, key=key, language=code) for code in languages} for key in texts}


def needing_work(texts: Texts, sources: Mapping, languages: Iterable[str]) -> dict[str, dict[str, Freshness]]:
    """Only the texts and languages that are missing or out of date."""
    return {
        key: stale
        for key, statuses in report(texts, sources, languages).items()
        if (stale := {code: status for code, status in statuses.items() if status != Freshness.UP_TO_DATE})
    }


def _copy(sources: Mapping, *, keep: Texts) -> Sources:
    """A deep copy of the records of the texts in ``keep``, without records of a wording
    now blank (texts since deleted are dropped, and a language written anew after being
    blank is recorded anew)."""
    return {
        key: {code: dict(made) for code, made in per_language.items() if not is_blank(keep[key].get(code))}
        for key, per_language in sources.items()
        if key in keep
    }


def _made_from(wordings: Mapping[str, str], language: str) -> dict[str, str]:
    """What ``language``'s wording is made from: every language's fingerprint as it is now,
    its own included (so the record says which wording it describes)."""
    return {
        code: fingerprint(wording) for code, wording in wordings.items() if code == language or not is_blank(wording)
    }


def _recorded_fingerprints(key: str, wordings: Mapping[str, str], before: Texts, sources: Mapping) -> dict[str, str]:
    """Each language's wording as the records describe it: the fingerprint recorded with
    its own record, or (records made before they carried one) the wording in ``before``.
    The records travel with the texts in every revision, so a revision brought back
    (reverted to, approved, scheduled) is judged by its own texts, not by what was saved
    last."""
    recorded = sources.get(key, {})
    previous = before.get(key, {})
    return {code: recorded.get(code, {}).get(code) or fingerprint(previous.get(code)) for code in wordings}


BLANK = fingerprint("")


def record_edit(before: Texts, after: Texts, sources: Mapping) -> Sources:
    """The records after a save that changed the texts into ``after`` (``before``: the
    texts last saved, read only where a record does not say which wording it describes).

    A language whose wording changed (or was written for the first time) was made from
    what the other languages say now. A language left as it was keeps its record, so it
    shows as out of date when another language moved on without it, except when the
    language that changed was itself missing or out of date: writing a stale translation
    catches it up with its sources and does not make them stale in turn. A language with
    no record yet is taken to match what the others said before this save.
    """
    updated = _copy(sources, keep=after)
    for key, wordings in after.items():
        previous = _recorded_fingerprints(key, wordings, before, sources)
        changed = [
            code
            for code, wording in wordings.items()
            if not is_blank(wording) and previous[code] != fingerprint(wording)
        ]
        catching_up = [
            code
            for code in changed
            if (key not in before and key not in sources) or _was_stale(previous, sources.get(key, {}), code)
        ]
        for code, wording in wordings.items():
            if is_blank(wording):
                continue
            records = updated.setdefault(key, {})
            if code in changed:
                records[code] = _made_from(wordings, code)
            elif code not in records:
                records[code] = {
                    **{other: fp for other, fp in previous.items() if other != code and fp != BLANK},
                    code: fingerprint(wording),
                }
            records[code].setdefault(code, fingerprint(wording))
            for other in catching_up:
                if other != code and code not in changed:
                    records[code][other] = fingerprint(wordings[other])
    return updated


def _was_stale(previous: Mapping[str, str], records: Mapping, language: str) -> bool:
    """Whether ``language`` was missing or out of date before this save, from the
    fingerprints of the wordings then."""
    if previous[language] == BLANK:
        return any(fp != BLANK for fp in previous.values())
    made_from = records.get(language)
    if made_from is None:
        return False
    return any(other != language and fp != BLANK and made_from.get(other) != fp for other, fp in previous.items())


def confirm(texts: Texts, sources: Mapping, *, language: str, keys: Iterable[str] | None = None) -> Sources:
    """The editor checked ``language``'s wording of ``keys`` (all texts by default) and it
    still says the same: it is up to date with the other languages as they are now."""
    updated = _copy(sources, keep=texts)
    for key in texts if keys is None else keys:
        if not is_blank(texts[key].get(language)):
            updated.setdefault(key, {})[language] = _made_from(texts[key], language)
    return updated
