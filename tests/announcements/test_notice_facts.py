"""The SD3 notice states the facts of its source, the same ones in English and Japanese.

Each fact below (a number, a date or a name from the facts sheet) must appear on the
pages listed for it, in both languages. Numbers and dates must also appear as many
times in one language as in the other, so a figure dropped, added or changed in one
translation fails here. (Names are only required: a Japanese sentence may repeat
"Stability AI" where English says "it".)
"""

import re

import pytest

from tests.html import soup

pytestmark = pytest.mark.django_db

NOTICE, FAQ, INDEX = "/{}/sd3-un-banned/", "/{}/faq/", "/{}/"
LICENSE = "/{}/licenses/stability-ai-sd3/"
V1, V2 = LICENSE + "v1/", LICENSE + "v2/"


# (what, English, Japanese, pages it must appear on); a pattern where the plain text
# would also match a longer fact (2024年7月 inside 2024年7月5日).
FACTS = [
    ("date of the notice", "July 2024", re.compile(r"2024年7月(?!\d)"), [NOTICE, INDEX]),
    ("date of the ban", "mid-June 2024", "2024年6月中旬", [NOTICE, FAQ]),
    ("release of version 1", "June 12, 2024", "2024年6月12日", [V1, LICENSE]),
    ("publication of version 2", "July 5, 2024", "2024年7月5日", [NOTICE, V2, LICENSE]),
    ("model", "Stable Diffusion 3 (SD3)", "Stable Diffusion 3（SD3）", [NOTICE, FAQ]),
    ("licensor", "Stability AI", "Stability AI", [NOTICE, FAQ, V1, V2]),
    ("version 2's name", "Stability AI Community License", "Stability AI コミュニティライセンス", [NOTICE, V2]),
    ("paid license of version 1", "Creator License", "クリエイターライセンス", [NOTICE, FAQ, V1]),
    ("monthly cap", "6,000", "6,000", [NOTICE, FAQ, V1]),
    (
        "three eligibility limits",
        "annual revenue, company size and funding",
        "年間売上・企業規模・資金調達額",
        [NOTICE, V1],
    ),
    ("revenue threshold", "$1 million", "100万ドル", [NOTICE, FAQ, V1, V2]),
    ("audience threshold", "1 million monthly active users", "月間アクティブユーザー100万人", [V1]),
    ("derivative works", "derivative work", "派生作品", [NOTICE, FAQ, V1, V2]),
    ("LoRAs", "LoRA", "LoRA", [NOTICE, FAQ, V2]),
    ("enterprise license", "enterprise license", "エンタープライズライセンス", [NOTICE, FAQ, V2]),
    ("deletion clause", "deletion clause", "削除条項", [NOTICE, FAQ]),
    ("the site's terms", "terms of service", "利用規約", [NOTICE, FAQ]),
    ("new leadership", "new CEO", "新しいCEO", [NOTICE]),
    ("recent dialogue", "two weeks", "2週間", [NOTICE]),
    ("earlier dialogue", "two years", "2年間", [NOTICE]),
    ("ecosystem", "semi-closed ecosystem", "半閉鎖的なエコシステム", [NOTICE]),
    ("open model", "AuraFlow (Apache 2.0)", "AuraFlow（Apache 2.0）", [NOTICE]),
    ("open initiative", "Open Model Initiative (OMI)", "Open Model Initiative（OMI）", [NOTICE]),
    ("price per image", "12 to 16 Buzz", "12〜16 Buzz", [NOTICE, FAQ]),
    ("minimum volume", "42 million", "4,200万", [NOTICE, FAQ]),
]

NUMBERS_AND_DATES = {
    "date of the notice",
    "date of the ban",
    "release of version 1",
    "publication of version 2",
    "monthly cap",
    "revenue threshold",
    "audience threshold",
    "recent dialogue",
    "earlier dialogue",
    "price per image",
    "minimum volume",
}
PAGES = sorted({page for *_facts, pages in FACTS for page in pages})


@pytest.fixture(scope="module")
def texts(sd3_seed, django_db_blocker):
    """The visible main content of every page, per language, read once."""
    from tests.wsgi_door import DoorClient

    client = DoorClient()
    read = {}
    with django_db_blocker.unblock():
        for page in PAGES:
            for language in ("en", "ja"):
                response = client.get(page.format(language))
                assert response.status_code == 200, page.format(language)
                main = soup(response).find("main")
                read[page, language] = " ".join(main.get_text(" ").split())
    return read


def occurrences(text: str, phrase: str | re.Pattern) -> int:
    pattern = phrase if isinstance(phrase, re.Pattern) else re.compile(re.escape(phrase), re.IGNORECASE)
    return len(pattern.findall(text))


@pytest.mark.parametrize(("what", "english", "japanese", "pages"), FACTS, ids=[fact[0] for fact in FACTS])
def test_each_fact_is_stated_alike_in_both_languages(texts, what, english, japanese, pages):
    for page in pages:
        in_english = occurrences(texts[page, "en"], english)
        in_japanese = occurrences(texts[page, "ja"], japanese)
        assert in_english, f"{what}: “{english}” is missing from {page.format('en')}"
        assert in_japanese, f"{what}: “{japanese}” is missing from {page.format('ja')}"
        if what in NUMBERS_AND_DATES:
            assert in_english == in_japanese, f"{what} on {page}: {in_english}× in English, {in_japanese}× in Japanese"


def test_no_relative_time_survives_in_the_notice(texts):
    """Relative times ("last month", "the past two weeks") go stale; the notice dates them."""
    assert not re.search(r"\b(past|last|this) (two )?(weeks?|months?|years?)\b", texts[NOTICE, "en"], re.I)
    assert not re.search(r"この(2)?(週間|か月|ヶ月|年)", texts[NOTICE, "ja"])


@pytest.mark.parametrize("page", [NOTICE, FAQ, V2])
def test_the_enterprise_license_is_said_to_be_needed_for_commercial_use_only(texts, page):
    """Above $1 million, the licensor's terms require an enterprise license for commercial
    use, not for research or non-commercial use: every sentence that ties the license to
    the revenue threshold (in it or the one before) says so."""
    rules = {
        "en": ("$1 million", "enterprise license", "commercial use"),
        "ja": ("100万ドル", "エンタープライズ", "商用利用"),
    }
    for language, (threshold, license_name, commercial_use) in rules.items():
        sentences = re.split(r"(?<=[.。])\s*", texts[page, language])
        tied = [
            sentence
            for before, sentence in zip(["", *sentences], sentences, strict=False)
            if license_name in sentence.lower() and threshold in before + sentence
        ]
        assert tied, f"{page.format(language)} no longer ties the license to the threshold"
        for sentence in tied:
            assert commercial_use in sentence, f"{page.format(language)}: {sentence}"


def test_each_clause_citation_says_the_heading_is_our_summary(texts):
    """A chip's “Derivative works” is the site's summary heading, not a section the license names."""
    for language, marker in (("en", "(our summary)"), ("ja", "（当サイトによる要約）")):
        text = texts[NOTICE, language]
        chips = re.findall(r"(?:Source:|出典：)[^。.]*?(?:”|」)(?:\s*[（(][^)）]*[)）])?", text)
        assert chips, language
        assert all(marker in chip for chip in chips), chips


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_notices_link_previews_end_at_a_word(client, notice, language):
    """A summary longer than a description is cut between words ("SD3 ge…" was not)."""
    page = soup(client.get(f"/{language}/sd3-un-banned/"))
    summary = " ".join(getattr(notice, f"summary_{language}").split())
    for name in ("description", "og:description", "twitter:description"):
        tag = page.find("meta", attrs={"property": name}) or page.find("meta", attrs={"name": name})
        description = tag["content"]
        if description == summary:
            continue  # short enough whole (the Japanese)
        assert description.endswith("…") and summary.startswith(description[:-1]), name
        assert summary[len(description) - 1] in " 、。" or description[-2] in "、。", description[-20:]
    if language == "en":
        assert len(summary) > 200  # the English is the case that is cut


def test_version_1_is_named_as_the_notice_and_faqs_name_it(texts):
    """One name for the June 2024 terms, as the glossary writes it, in every text."""
    for language, name in (("en", "research and non-commercial license"), ("ja", "研究・非商用ライセンス")):
        for page in (V1, NOTICE, FAQ):
            assert name in texts[page, language].lower(), page.format(language)
    assert "non-commercial research" not in texts[V1, "en"].lower()


def test_the_assurance_against_revocation_is_stability_ais_not_the_licenses(texts):
    """Version 2's "Revocation" clause says only that the license remains revocable: the
    assurance the notice and FAQ give is said to come from outside the license."""
    for page in (NOTICE, FAQ):
        assert "assurance, outside the license itself" in texts[page, "en"]
        assert "ライセンスの条文とは別に" in texts[page, "ja"]


def _chips(html_page, selector: str) -> list[str]:
    return [" ".join(a.get_text(" ").split()) for a in html_page.select(f"{selector} .citation-link")]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_what_the_notice_says_of_version_1_cites_version_1(client, sd3_seed, language):
    """Each "Before" states version 1's terms and cites them; the deletion concern's "in
    theory" sentence is about version 1's license and cites it too. None of those chips
    calls version 1 outdated: it is cited as the earlier terms, on purpose."""
    page = soup(client.get(f"/{language}/sd3-un-banned/"))
    version_1 = "version 1" if language == "en" else "第1版"
    resolved = page.select(".concern--resolved.concern--license_clause")
    assert len(resolved) == 2
    for concern in resolved:
        before = _chips(concern, ".concern-before")
        assert before and all(version_1 in chip for chip in before), before
        assert not concern.select(".concern-before .citation-status")
    deletion = next(c for c in page.select(".concern--remaining") if "deletion-on-termination" in str(c))
    assert any(version_1 in chip for chip in _chips(deletion, "")), _chips(deletion, "")


def test_version_1_lists_what_cites_it(client, sd3_seed):
    """The v1 page said "No published announcement or FAQ cites this version"."""
    cited_by = soup(client.get(V1.format("en"))).select(".cited-by a")
    assert {" ".join(a.get_text().split()) for a in cited_by} >= {
        "SD3 is un-banned: its future is up to the community",
        "Why was SD3 banned in the first place?",
    }


def test_the_answer_about_the_ban_cites_the_earlier_terms_on_purpose(client, sd3_seed):
    answer = soup(client.get(FAQ.format("en"))).select_one("dt#why-was-sd3-banned").find_next_sibling("dd")
    assert any("version 1" in chip for chip in _chips(answer, ""))
    assert not answer.select(".citation-status")  # not flagged "a newer version exists"
