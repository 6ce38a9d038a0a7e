"""The search quality list: queries readers type, and the items each should find.

Expected items were chosen by reading the SD3 seed (``announcements/seed/sd3_notice.py``):
what a reader asking this wants, whether or not it contains the very string typed. Some
queries therefore expect items that a substring search cannot find ("revocation" is
also what "revocable" is about; 取消 is written 取り消し in the texts), so recall can
honestly fall short of 1. ``make bench`` prints the figures for every search method.

Items: ``A`` the SD3 notice, ``faq:<anchor>``, ``v1:<clause key>`` / ``v2:<clause key>``.
"""

from dataclasses import dataclass

A = "A"
DW1, DW2 = "v1:derivative-works", "v2:derivative-works"
CU1, CU2 = "v1:commercial-use", "v2:commercial-use"
CAP1, ENT2 = "v1:usage-cap", "v2:enterprise-license"
REV1, REV2 = "v1:revocation", "v2:revocation"
DEL1, DEL2 = "v1:deletion-on-termination", "v2:deletion-on-termination"
F_SHARE, F_GENERATE = "faq:can-i-share-sd3-models", "faq:can-i-generate-sd3-images"
F_LORAS, F_CAP = "faq:are-loras-on-sd3-outputs-derivative-works", "faq:is-there-a-monthly-image-cap"
F_COMMERCIAL, F_REVOKED = "faq:can-i-use-sd3-commercially", "faq:can-the-license-be-revoked"
F_TERMINATES, F_ENTERPRISE = "faq:what-if-my-license-terminates", "faq:why-no-enterprise-license"
F_BANNED = "faq:why-was-sd3-banned"

JAPANESE = {
    "派生": {DW1, DW2, F_LORAS, F_BANNED, A, DEL1},
    "派生作品": {DW1, DW2, F_LORAS, F_BANNED, A},
    "取り消し": {REV1, REV2, F_REVOKED, A},
    "取消": {REV1, REV2, F_REVOKED},  # written 取り消し in every text
    "エンタープライズ": {ENT2, F_ENTERPRISE, F_GENERATE, F_COMMERCIAL, A},
    "エンタープライズライセンス": {ENT2, F_ENTERPRISE, F_GENERATE, F_COMMERCIAL, A},
    "ｴﾝﾀｰﾌﾟﾗｲｽﾞ": {ENT2, F_ENTERPRISE, F_GENERATE, F_COMMERCIAL, A},
    "クリエイターライセンス": {CU1, CAP1, CU2, F_CAP, F_COMMERCIAL, A},
    "商用利用": {CU1, CU2, F_COMMERCIAL},
    "上限": {CAP1, CU2, F_CAP, A},
    "削除": {DEL1, DEL2, F_TERMINATES, A},
    "終了": {DEL1, DEL2, F_TERMINATES, A},
    "微調整": {DW1, DW2, DEL2, F_LORAS, F_TERMINATES, A},
    "ファインチューン": {DW1, DW2, DEL2, F_LORAS, F_TERMINATES, A},
    "解禁": {A},
    "禁止": {A, F_BANNED, F_SHARE},
    "学習": {DW1, DW2, F_LORAS, F_SHARE, F_BANNED, A},
    "年間売上": {CU1, CU2, ENT2, F_COMMERCIAL, A},
    "100万ドル": {CU1, CU2, ENT2, F_COMMERCIAL, A},
    "資金調達": {CU1, CU2, F_COMMERCIAL, A},
    "オープンソース": {A},
    "ＳＤ３　禁止": {A, F_BANNED, F_SHARE},
    "ライセンス 取り消し": {REV1, REV2, F_REVOKED, A},
    "画像 生成": {CAP1, F_GENERATE, F_CAP, F_ENTERPRISE, A},
}

ENGLISH = {
    "derivative": {DW1, DW2, F_LORAS, F_BANNED, A},
    "derivative works": {DW1, DW2, F_LORAS, F_BANNED, A},
    "revocation": {REV1, REV2, F_REVOKED},  # the answer says "revoked" and "revocable"
    "revoke": {REV1, REV2, F_REVOKED, A},
    "revocable": {REV2, F_REVOKED, A},
    "enterprise license": {ENT2, F_ENTERPRISE, F_GENERATE, F_COMMERCIAL, A},
    "Creator License": {CU1, CAP1, CU2, F_CAP, F_COMMERCIAL, A},
    "commercial use": {CU1, CU2, F_COMMERCIAL},  # the question says "use SD3 commercially"
    "monthly cap": {CAP1, CU2, F_CAP, A},
    "LoRA": {DW1, DW2, DEL2, F_LORAS, F_TERMINATES, A},
    "fine-tunes": {DW1, DW2, DEL2, F_LORAS, F_TERMINATES, A},
    "deleted": {DEL1, DEL2, F_TERMINATES, A},
    "terminates": {DEL1, DEL2, F_TERMINATES, A},  # version 1 says "terminated"
    "un-banned": {A},
    "banned": {A, F_BANNED},
    "annual revenue": {CU1, CU2, ENT2, F_COMMERCIAL, A},
    "$1 million": {CU1, CU2, ENT2, F_COMMERCIAL, A},
    "funding": {CU1, CU2, F_COMMERCIAL, A},
    "images": {CAP1, F_GENERATE, F_CAP, F_ENTERPRISE, A},
    "open-source": {A},
    "ＳＤ３ generation": {F_GENERATE, A},
    "Stability AI CEO": {A},
    "AuraFlow": {A},
}


def item_of_url(url: str) -> str:
    """``/ja/licenses/stability-ai-sd3/v2/#revocation`` -> ``v2:revocation`` and so on."""
    path, _hash, anchor = url.partition("#")
    parts = [part for part in path.split("/") if part]
    if parts[1:2] == ["licenses"]:
        return f"{parts[3]}:{anchor}"
    if parts[1:2] == ["faq"]:
        return f"faq:{anchor}"
    return A if parts[1:] == ["sd3-un-banned"] else url


@dataclass(frozen=True)
class QueryOutcome:
    query: str
    expected: frozenset
    found: tuple  # items in result order

    @property
    def recall(self) -> float:
        return len(self.expected & set(self.found)) / len(self.expected)

    @property
    def precision_at_5(self) -> float:
        """Of the first five results shown (fewer if fewer were found), the share expected."""
        top = self.found[:5]
        return sum(item in self.expected for item in top) / len(top) if top else 0.0


def outcomes(queries: dict, search) -> list[QueryOutcome]:
    """``search(query) -> [url, ...]`` run over ``queries``."""
    return [
        QueryOutcome(query, frozenset(expected), tuple(item_of_url(url) for url in search(query)))
        for query, expected in queries.items()
    ]


def summary(results: list[QueryOutcome]) -> dict:
    expected = sum(len(outcome.expected) for outcome in results)
    found = sum(len(outcome.expected & set(outcome.found)) for outcome in results)
    return {
        "queries": len(results),
        "found": found,
        "expected": expected,
        "recall": found / expected,
        "precision_at_5": sum(outcome.precision_at_5 for outcome in results) / len(results),
    }
