"""What the longest texts the admin accepts cost (site_config/text_limits.py): comparing
two license clauses at the limit, and reading rich text at the limit for plain text and
search. Pure functions, in-process. Run with `make bench`; prints a table of milliseconds.

Each figure stays flat as texts grow to their limits: the comparison matches sentences
before words past ``MAX_COMPARED_PAIRS``, and markup is read in one linear pass.
"""

import random
import statistics
import time

RUNS = 5


def clause(characters: int, *, seed: int, language: str = "en") -> str:
    words = {
        "en": [
            "licensee",
            "may",
            "share",
            "derivative",
            "works",
            "revenue",
            "commercial",
            "use",
            "license",
            "the",
            "of",
        ],
        "ja": list("利用者は派生物を共有できます商用の収益"),
    }[language]
    picker, sentences = random.Random(seed), []
    while sum(map(len, sentences)) < characters:
        sentence = (" " if language == "en" else "").join(picker.choice(words) for _ in range(14))
        sentences.append(sentence + (". " if language == "en" else "。"))
    return "".join(sentences)[:characters]


def edited(text: str, every: int) -> str:
    return "".join("X" if position % every == 0 else character for position, character in enumerate(text))


def milliseconds(function, *args) -> tuple[float, float]:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function(*args)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), max(timings)


def main() -> None:
    from licenses.comparison import word_diff
    from site_config.plain_text import indexable_text, plain_text
    from site_config.text_limits import PLAIN_TEXT_CHARACTERS, RICH_TEXT_HTML_CHARACTERS

    old = clause(PLAIN_TEXT_CHARACTERS, seed=1)
    cases = {
        "compare: one edit in 20 sentences": (word_diff, old, edited(old, 1_000)),
        "compare: every sentence edited": (word_diff, old, edited(old, 60)),
        "compare: wholly rewritten": (word_diff, old, clause(PLAIN_TEXT_CHARACTERS, seed=2)),
        "compare: no sentence ends": (word_diff, old.replace(". ", " "), edited(old.replace(". ", " "), 500)),
        "compare: Japanese, every sentence edited": (
            word_diff,
            clause(PLAIN_TEXT_CHARACTERS, seed=1, language="ja"),
            edited(clause(PLAIN_TEXT_CHARACTERS, seed=1, language="ja"), 30),
        ),
    }
    entities = "<p>" + "&lt;" * ((RICH_TEXT_HTML_CHARACTERS - 7) // 4) + "</p>"
    cases["plain text: rich text of entities"] = (plain_text, entities)
    cases["search text: rich text of entities"] = (indexable_text, entities)
    print(f"Texts at their limits ({PLAIN_TEXT_CHARACTERS:,} / {RICH_TEXT_HTML_CHARACTERS:,} characters), {RUNS} runs")
    print(f"{'case':<44} {'median ms':>10} {'max ms':>8}")
    for label, (function, *args) in cases.items():
        median, most = milliseconds(function, *args)
        print(f"{label:<44} {median:>10.1f} {most:>8.1f}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
    django.setup()
    main()
