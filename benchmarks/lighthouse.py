"""Lighthouse scores of pages on a running server: performance, accessibility, best
practices and SEO (0-100) per page, and, for a category under the target, the audits
that cost it points, so a low score says why.

Lighthouse 12.8.2 comes from benchmarks/lighthouse/package.json (`make bench` installs
it; `npm ci --prefix benchmarks/lighthouse` by hand) and drives Debian's Chromium. It
runs with its default mobile form factor and simulated throttling (a mid-range phone on
a slow 4G network), the setting the web's published scores use. Reports are written to
artifacts/lighthouse/<page>.json; about 12 s per page.

Standalone, against a server you started yourself:

    python -m benchmarks.lighthouse http://127.0.0.1:8770 [/en/ /ja/sd3-un-banned/ ...]

With no paths it audits the six pages `make bench` does (index, announcement and newest
license version, in English and Japanese), read from the database the environment names
(DJANGO_SETTINGS_MODULE, DATABASE_URL, ...: the server's own environment).
"""

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
LIGHTHOUSE = PROJECT_DIR / "benchmarks" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
REPORT_DIR = PROJECT_DIR / "artifacts" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
FORM_FACTOR = "mobile"
CATEGORIES = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best-practices": "best practices",
    "seo": "SEO",
}
TARGET = 95
# Lighthouse counts a metric as good from a score of 0.9; every other audit passes at 1.
METRIC_PASS = 0.9
RUN_SECONDS = 180


@dataclass
class PageScores:
    label: str
    url: str
    report: Path
    scores: dict[str, int | None] = field(default_factory=dict)
    # Category id -> [(audit id, title and figure)] for categories under TARGET.
    failing: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    error: str = ""
    # Set when Lighthouse failed on its own first and this is its second run.
    retried_after: str = ""


def audit(label: str, url: str) -> PageScores:
    """Run Lighthouse on one URL and read its four category scores."""
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    report = REPORT_DIR / f"{slug(label)}.json"
    result = PageScores(label=label, url=url, report=report)
    if not LIGHTHOUSE.exists():
        result.error = "Lighthouse is not installed: npm ci --prefix benchmarks/lighthouse"
        return result
    report.unlink(missing_ok=True)
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--form-factor={FORM_FACTOR}",
        "--output=json",
        f"--output-path={report}",
    ]
    try:
        run = subprocess.run(
            command, env={**os.environ, "CHROME_PATH": CHROME_PATH}, capture_output=True, text=True, timeout=RUN_SECONDS
        )
    except subprocess.TimeoutExpired:
        result.error = f"Lighthouse took more than {RUN_SECONDS} s"
        return result
    if run.returncode != 0 or not report.exists():
        last_line = (run.stderr.strip().splitlines() or ["no output"])[-1]
        result.error = f"Lighthouse exited with {run.returncode}: {last_line}"
        return result
    read_report(result, json.loads(report.read_text()))
    return result


def read_report(result: PageScores, lighthouse_result: dict) -> None:
    if runtime_error := lighthouse_result.get("runtimeError"):
        result.error = f"{runtime_error.get('code')}: {runtime_error.get('message')}"
    for category_id in CATEGORIES:
        category = lighthouse_result["categories"][category_id]
        score = None if category["score"] is None else round(category["score"] * 100)
        result.scores[category_id] = score
        if score is None or score < TARGET:
            result.failing[category_id] = costly_audits(category, lighthouse_result["audits"])


def costly_audits(category: dict, audits: dict) -> list[tuple[str, str]]:
    """The weighted audits of a category that did not pass, the costliest first."""
    costs = []
    for reference in category["auditRefs"]:
        found = audits[reference["id"]]
        score = found.get("score")
        if not reference["weight"] or score is None:
            continue  # informative, manual or not applicable: no points at stake
        passing = METRIC_PASS if reference.get("group") == "metrics" else 1
        if score < passing:
            title = found["title"] + (f" ({found['displayValue']})" if found.get("displayValue") else "")
            costs.append((reference["weight"] * (1 - score), reference["id"], title))
    return [(audit_id, title) for _cost, audit_id, title in sorted(costs, reverse=True)]


def audit_pages(base_url: str, pages: list[tuple[str, str]]) -> list[PageScores]:
    results = []
    for label, path in pages:
        print(f"  Lighthouse: {label}", file=sys.stderr, flush=True)
        result = audit(label, base_url.rstrip("/") + path)
        if result.error and not any(score is not None for score in result.scores.values()):
            # Lighthouse's own failure, not the page's (e.g. NO_NAVSTART: "Please run
            # Lighthouse again"): run it once more, and say so beside the table.
            first_error = result.error
            result = audit(label, base_url.rstrip("/") + path)
            result.retried_after = first_error
        results.append(result)
    return results


def table(results: list[PageScores]) -> list[str]:
    """A Markdown table of the scores, then why any is under the target."""
    lines = [
        f"Lighthouse ({FORM_FACTOR}, simulated throttling; target {TARGET}; reports in "
        f"{REPORT_DIR.relative_to(PROJECT_DIR)}/):",
        "",
        "| page | " + " | ".join(CATEGORIES.values()) + " |",
        "|---" * (len(CATEGORIES) + 1) + "|",
    ]
    for result in results:
        cells = ["–" if result.scores.get(c) is None else str(result.scores[c]) for c in CATEGORIES]
        lines.append(f"| {result.label} | " + " | ".join(cells) + " |")
    notes = []
    for result in results:
        if result.retried_after:
            notes.append(f"- {result.label}: run twice, the first run failed ({result.retried_after})")
        if result.error:
            notes.append(f"- {result.label}: {result.error}")
        for category_id, failing in result.failing.items():
            reasons = "; ".join(f"{audit_id}: {title}" for audit_id, title in failing) or "no single audit failed"
            notes.append(f"- {result.label}, {CATEGORIES[category_id]} {result.scores[category_id]}: {reasons}")
    if notes:
        lines += ["", f"Under {TARGET}, or not measured at the first try:", *notes]
    return lines


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def lighthouse_pages(pages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the bench's pages, those Lighthouse audits: index, announcement, license version."""
    wanted = ("index ", "announcement ", "license version ")
    return [(label, path) for label, path in pages if label.startswith(wanted)]


def default_pages() -> list[tuple[str, str]]:
    if not os.environ.get("DJANGO_SETTINGS_MODULE"):
        sys.exit(
            "Give the paths to audit, or run with the server's environment (DJANGO_SETTINGS_MODULE, "
            "DATABASE_URL, ...) so the license version page can be found."
        )
    import django

    django.setup()
    from benchmarks.site import pages_to_measure

    return lighthouse_pages(pages_to_measure())


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 2
    base_url, paths = argv[0], argv[1:]
    pages = [(path, path) for path in paths] if paths else default_pages()
    results = audit_pages(base_url, pages)
    print("\n".join(table(results)))
    return 1 if any(result.error for result in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
