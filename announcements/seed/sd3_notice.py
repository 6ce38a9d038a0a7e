"""Content of the Stable Diffusion 3 un-ban notice, its license versions and FAQs."""

from datetime import date

# Every text is a dict {"en": ..., "ja": ...}. Rich texts are HTML using only <p>,
# <strong>, <em>, <ul>, <ol>, <li>, <a href>.

INDEX_PAGE = {
    "title": {"en": "Announcements", "ja": "お知らせ"},
    "intro": {
        "en": "<p>News and policy updates from our site, published in English and Japanese.</p>",
        "ja": "<p>当サイトからのお知らせや方針の変更を、日本語と英語でお届けします。</p>",
    },
}

FAQ_PAGE = {
    "slug": "faq",
    "title": {"en": "Frequently asked questions", "ja": "よくある質問"},
    "intro": {
        "en": (
            "<p>Answers to common questions about Stable Diffusion 3 (SD3) on our "
            "site and the license it is released under. Where an answer rests on a "
            "license clause, we cite that clause.</p>"
        ),
        "ja": (
            "<p>当サイトでのStable Diffusion 3（SD3）の扱いと、そのライセンスについて、"
            "よく寄せられるご質問にお答えします。ライセンスの条項に基づく回答には、"
            "出典として該当する条項を示しています。</p>"
        ),
    },
}

TOPICS = [
    {"slug": "licensing", "name": {"en": "Licensing", "ja": "ライセンス"}},
    {"slug": "models", "name": {"en": "Models", "ja": "モデル"}},
    {
        "slug": "on-site-generation",
        "name": {"en": "On-site generation", "ja": "サイト上での生成"},
    },
]

LICENSE = {
    "slug": "stability-ai-sd3",
    "licensor": "Stability AI",
    "name": {
        "en": "Stability AI license for Stable Diffusion 3",
        "ja": "Stable Diffusion 3（SD3）のStability AIライセンス",
    },
}

VERSIONS = [
    {
        "slug": "v1",
        "label": {
            "en": "Version 1: June 2024 terms",
            "ja": "第1版：2024年6月の条件",
        },
        "effective_date": date(2024, 6, 12),
        "source_url": "",
        "supersedes": None,
        "summary": {
            "en": (
                "The terms Stable Diffusion 3 Medium was released under on "
                "June 12, 2024. Free use was limited to a research and "
                "non-commercial license, and commercial use required a paid "
                "Creator License."
            ),
            "ja": (
                "2024年6月12日にStable Diffusion 3 Mediumが公開された時点の条件です。"
                "無償で利用できるのは研究・非商用ライセンスの範囲に限られ、"
                "商用利用には有償のクリエイターライセンスが必要でした。"
            ),
        },
        "clauses": [
            {
                "key": "derivative-works",
                "heading": {"en": "Derivative works", "ja": "「派生作品」"},
                "text": {
                    "en": (
                        "Anything trained on SD3 outputs, including LoRAs and "
                        "fine-tunes of other base models, counted as a “derivative "
                        "work” and so fell under Stability AI’s terms."
                    ),
                    "ja": (
                        "SD3の出力で学習したものは、LoRAや他の基盤モデルの"
                        "微調整（ファインチューン）も含めてすべて「派生作品」とみなされ、"
                        "Stability AIの条件が及びました。"
                    ),
                },
            },
            {
                "key": "commercial-use",
                "heading": {
                    "en": "Commercial use and Creator License eligibility",
                    "ja": "商用利用とクリエイターライセンスの利用資格",
                },
                "text": {
                    "en": (
                        "Commercial use required a paid Creator License, which was "
                        "limited by annual revenue, company size and funding. The "
                        "published thresholds were annual revenue under $1 million, "
                        "institutional funding under $1 million and fewer than "
                        "1 million monthly active users."
                    ),
                    "ja": (
                        "商用利用には有償のクリエイターライセンスが必要で、"
                        "年間売上・企業規模・資金調達額による制限がありました。"
                        "公表されている基準は、年間売上100万ドル未満、機関からの"
                        "資金調達額100万ドル未満、月間アクティブユーザー100万人未満です。"
                    ),
                },
            },
            {
                "key": "usage-cap",
                "heading": {"en": "Monthly usage cap", "ja": "月間の利用上限"},
                "text": {
                    "en": "The Creator License allowed at most 6,000 generated images per month.",
                    "ja": "クリエイターライセンスで生成できる画像は、月間6,000枚が上限でした。",
                },
            },
            {
                "key": "revocation",
                "heading": {"en": "Revocation", "ja": "取り消し"},
                "text": {
                    "en": "Stability AI could revoke the license.",
                    "ja": "このライセンスは、Stability AIが取り消すことのできるものでした。",
                },
            },
            {
                "key": "deletion-on-termination",
                "heading": {
                    "en": "Deletion on termination",
                    "ja": "終了時の削除条項",
                },
                "text": {
                    "en": "If the license terminated, SD3 models and the models derived from them had to be deleted.",
                    "ja": (
                        "ライセンスが終了した場合、SD3のモデルと、そこから派生したモデルを削除する必要がありました。"
                    ),
                },
            },
        ],
    },
    {
        "slug": "v2",
        "label": {
            "en": "Version 2: Stability AI Community License",
            "ja": "第2版：Stability AI コミュニティライセンス",
        },
        "effective_date": date(2024, 7, 5),
        "source_url": "",
        "supersedes": "v1",
        "summary": {
            "en": (
                "The revised Stability AI Community License, published on July 5, "
                "2024. Models trained on SD3 outputs are no longer derivative "
                "works, and the Creator License’s usage cap and eligibility limits "
                "are gone. Use is free under $1 million in annual revenue; above "
                "that, an enterprise license is required."
            ),
            "ja": (
                "2024年7月5日に公開された、改訂版のStability AI コミュニティライセンスです。"
                "SD3の出力で学習したモデルは「派生作品」とみなされなくなり、"
                "クリエイターライセンスの利用上限と利用資格の制限も撤廃されました。"
                "年間売上100万ドル未満であれば無償で利用でき、"
                "それを超える場合はエンタープライズライセンスが必要です。"
            ),
        },
        "clauses": [
            {
                "key": "derivative-works",
                "heading": {"en": "Derivative works", "ja": "「派生作品」"},
                "text": {
                    "en": (
                        "Models trained on SD3 outputs, such as LoRAs and fine-tunes "
                        "of other base models, are no longer considered “derivative "
                        "works”. The SD3 license therefore does not extend to them."
                    ),
                    "ja": (
                        "LoRAや他の基盤モデルの微調整（ファインチューン）など、"
                        "SD3の出力で学習したモデルは「派生作品」とみなされなくなりました。"
                        "そのため、SD3のライセンスがこうしたモデルに及ぶことはありません。"
                    ),
                },
            },
            {
                "key": "commercial-use",
                "heading": {"en": "Commercial use", "ja": "商用利用"},
                "text": {
                    "en": (
                        "Research, non-commercial and commercial use are free for "
                        "individuals and organizations with annual revenue under "
                        "$1 million. The Creator License’s limits on company size "
                        "and funding no longer apply, and there is no monthly cap "
                        "on generated images."
                    ),
                    "ja": (
                        "年間売上が100万ドル未満の個人・組織は、研究・非商用・商用の"
                        "いずれの目的でも無償で利用できます。企業規模や資金調達額に関する"
                        "クリエイターライセンスの制限はなくなり、生成できる画像の"
                        "月間上限もありません。"
                    ),
                },
            },
            {
                "key": "enterprise-license",
                "heading": {
                    "en": "Enterprise license",
                    "ja": "エンタープライズライセンス",
                },
                "text": {
                    "en": (
                        "Individuals and organizations with annual revenue above "
                        "$1 million need an enterprise license from Stability AI."
                    ),
                    "ja": (
                        "年間売上が100万ドルを超える個人・組織は、"
                        "Stability AIからエンタープライズライセンスを取得する必要があります。"
                    ),
                },
            },
            {
                "key": "revocation",
                "heading": {"en": "Revocation", "ja": "取り消し"},
                "text": {
                    "en": (
                        "The license can still be revoked. Stability AI has given an "
                        "assurance that it will not be revoked unless the licensee "
                        "breaches its terms."
                    ),
                    "ja": (
                        "このライセンスは引き続き取り消し可能です。ただしStability AIは、"
                        "ライセンス条項への違反がない限り取り消すことはないと明言しています。"
                    ),
                },
            },
            {
                "key": "deletion-on-termination",
                "heading": {
                    "en": "Deletion on termination",
                    "ja": "終了時の削除条項",
                },
                "text": {
                    "en": (
                        "If the license terminates, LoRAs and fine-tunes of SD3 must "
                        "be deleted. In theory, if the research and non-commercial "
                        "license ended, all SD3 models might have to be deleted."
                    ),
                    "ja": (
                        "ライセンスが終了した場合、SD3のLoRAや微調整（ファインチューン）を"
                        "削除しなければなりません。理論上は、研究・非商用ライセンスが"
                        "終了すると、すべてのSD3モデルを削除する必要が生じる可能性があります。"
                    ),
                },
            },
        ],
    },
]

ANNOUNCEMENT = {
    "slug": "sd3-un-banned",
    "title": {
        "en": "SD3 is un-banned: its future is up to the community",
        "ja": "SD3を解禁しました：今後を決めるのはコミュニティです",
    },
    "summary": {
        "en": (
            "Stability AI’s revised license addresses most of our concerns, so we "
            "have lifted our temporary ban on Stable Diffusion 3 (SD3) models. We "
            "still cannot offer SD3 generation on our site."
        ),
        "ja": (
            "Stability AIの改訂ライセンスで懸念の大半が解消されたため、"
            "Stable Diffusion 3（SD3）モデルに対する一時的な禁止を解除しました。"
            "ただし、当サイト上でのSD3の生成は引き続き提供できません。"
        ),
    },
    "topics": ["licensing", "models"],
    "body": [
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "<p>Stable Diffusion 3 (SD3) is allowed on our site again. In "
                    "mid-June we temporarily banned SD3-based models, and models "
                    "trained on SD3 outputs, while we reviewed the license. Stability "
                    "AI has since revised that license, and the new version "
                    "addresses most of the concerns we raised.</p>"
                    "<p>The new license is not perfect, but our risk in hosting SD3 "
                    "is now minimal, so we have lifted the ban. You can upload and "
                    "download SD3 models again.</p>"
                ),
                "ja": (
                    "<p>当サイトでStable Diffusion 3（SD3）を解禁しました。"
                    "6月中旬、ライセンスの法的な確認が済むまでの措置として、"
                    "SD3ベースのモデルと、SD3の出力で学習したモデルを一時的に"
                    "禁止していました。その後Stability AIがライセンスを改訂し、"
                    "新しい版では私たちが挙げていた懸念の大半が解消されています。</p>"
                    "<p>新しいライセンスも完璧ではありませんが、当サイトが負うリスクは"
                    "最小限になったと判断し、禁止を解除しました。SD3モデルの"
                    "アップロードとダウンロードは、再びご利用いただけます。</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "en": "What this does not mean",
                "ja": "今回の解禁に含まれないこと",
            },
            "anchor": "what-this-does-not-mean",
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "<p>Lifting the ban does <strong>not</strong> mean you can "
                    "generate SD3 images on our site. On-site generation would "
                    "require an enterprise license from Stability AI, which we do "
                    "not have. You can share and download SD3 models here, but not "
                    "generate with them here.</p>"
                ),
                "ja": (
                    "<p>今回の解禁によって、当サイト上でSD3の画像を生成できるように"
                    "なるわけでは<strong>ありません</strong>。サイト上での生成を"
                    "提供するにはStability AIのエンタープライズライセンスが必要ですが、"
                    "当サイトはこれを取得していません。SD3モデルの共有やダウンロードは"
                    "できますが、当サイト上でそのモデルを使って生成することはできません。</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"en": "Resolved concerns", "ja": "解消された懸念"},
            "anchor": "resolved-concerns",
        },
        {
            "type": "resolved_concern",
            "kind": "license_clause",
            "title": {"en": "Derivative works", "ja": "「派生作品」の扱い"},
            "previously": {
                "en": (
                    "<p>Anything trained on SD3 outputs, including LoRAs and "
                    "fine-tunes of other base models, counted as a “derivative "
                    "work”, which brought it under Stability AI’s terms.</p>"
                ),
                "ja": (
                    "<p>SD3の出力で学習したものは、LoRAや他の基盤モデルの"
                    "微調整（ファインチューン）も含めてすべて「派生作品」とみなされ、"
                    "Stability AIの条件の対象となっていました。</p>"
                ),
            },
            "now": {
                "en": (
                    "<p>Under version 2, models trained on SD3 outputs are no longer "
                    "derivative works. The SD3 license no longer spreads to other "
                    "models.</p>"
                ),
                "ja": (
                    "<p>第2版では、SD3の出力で学習したモデルは「派生作品」に"
                    "当たらなくなりました。SD3のライセンスが他のモデルにまで及ぶ"
                    "心配はもうありません。</p>"
                ),
            },
            "cite": ("v2", "derivative-works"),
        },
        {
            "type": "resolved_concern",
            "kind": "license_clause",
            "title": {
                "en": "Confusing Creator License terms",
                "ja": "わかりにくかったクリエイターライセンスの条件",
            },
            "previously": {
                "en": (
                    "<p>The Creator License capped generation at 6,000 images per "
                    "month and came with three eligibility limits: annual revenue, "
                    "company size and funding.</p>"
                ),
                "ja": (
                    "<p>クリエイターライセンスには月間6,000枚の画像の上限があり、"
                    "さらに年間売上・企業規模・資金調達額という3つの利用資格の"
                    "制限がありました。</p>"
                ),
            },
            "now": {
                "en": (
                    "<p>All of these terms have been removed. Version 2 has no "
                    "monthly image cap, and research, non-commercial and commercial "
                    "use are free for anyone with annual revenue under "
                    "$1 million.</p>"
                ),
                "ja": (
                    "<p>これらの条件はすべて撤廃されました。第2版には月間の画像枚数の"
                    "上限がなく、年間売上が100万ドル未満であれば、研究・非商用・商用の"
                    "いずれの目的でも無償で利用できます。</p>"
                ),
            },
            "cite": ("v2", "commercial-use"),
        },
        {
            "type": "resolved_concern",
            "kind": "business",
            "title": {"en": "Stability AI’s future", "ja": "Stability AIの将来"},
            "previously": {
                "en": "<p>When we banned SD3, Stability AI’s future looked uncertain.</p>",
                "ja": "<p>SD3を禁止した時点では、Stability AIの先行きは不透明でした。</p>",
            },
            "now": {
                "en": (
                    "<p>Stability AI now has a new CEO and new funding. In the past "
                    "two weeks we have had more dialogue with them than in the "
                    "previous two years.</p>"
                ),
                "ja": (
                    "<p>現在のStability AIには新しいCEOが就任し、新たな資金も"
                    "確保されています。この2週間で私たちが交わした対話は、"
                    "それまでの2年間を上回るほどでした。</p>"
                ),
            },
            "cite": None,
        },
        {
            "type": "heading",
            "text": {"en": "Not perfect", "ja": "完璧ではない点"},
            "anchor": "not-perfect",
        },
        {
            "type": "remaining_concern",
            "kind": "license_clause",
            "title": {
                "en": "The license is still revocable",
                "ja": "ライセンスは依然として取り消し可能",
            },
            "detail": {
                "en": (
                    "<p>Stability AI can still revoke the license. It has, however, "
                    "given an assurance that it will not do so unless the licensee "
                    "breaches the license terms.</p>"
                ),
                "ja": (
                    "<p>Stability AIは、現在もこのライセンスを取り消すことができます。"
                    "ただし、ライセンス条項への違反がない限り取り消すことはないと、"
                    "Stability AIは明言しています。</p>"
                ),
            },
            "cite": ("v2", "revocation"),
        },
        {
            "type": "remaining_concern",
            "kind": "license_clause",
            "title": {"en": "The deletion clause", "ja": "削除条項"},
            "detail": {
                "en": (
                    "<p>If the license terminates, LoRAs and fine-tunes of SD3 must "
                    "be deleted. In theory, if the research and non-commercial "
                    "license ended, every SD3 model might have to be deleted. We do "
                    "not expect a license to end merely because a user broke our "
                    "terms of service.</p>"
                ),
                "ja": (
                    "<p>ライセンスが終了した場合は、SD3のLoRAや微調整（ファインチューン）を"
                    "削除しなければなりません。理論上は、研究・非商用ライセンスが"
                    "終了すれば、すべてのSD3モデルを削除する必要が生じる可能性も"
                    "あります。なお、ユーザーが当サイトの利用規約に違反しただけで"
                    "ライセンスが終了することはないと考えています。</p>"
                ),
            },
            "cite": ("v2", "deletion-on-termination"),
        },
        {
            "type": "heading",
            "text": {"en": "Remaining concerns", "ja": "残る懸念"},
            "anchor": "remaining-concerns",
        },
        {
            "type": "remaining_concern",
            "kind": "model_quality",
            "title": {
                "en": "Model quality and community contribution",
                "ja": "モデルの品質とコミュニティの貢献",
            },
            "detail": {
                "en": (
                    "<p>SD3 still needs improvement. Our community is able to "
                    "improve it, but in a semi-closed ecosystem it is hard to credit "
                    "individual contributors for the improvements they make.</p>"
                ),
                "ja": (
                    "<p>SD3には、まだ改善の余地があります。コミュニティの力で"
                    "改善していくことはできますが、半閉鎖的なエコシステムでは、"
                    "個々の改善を貢献者に帰属させる（クレジットする）ことが"
                    "難しくなります。</p>"
                ),
            },
            "cite": None,
        },
        {
            "type": "remaining_concern",
            "kind": "ecosystem",
            "title": {
                "en": "Open-source alternatives",
                "ja": "オープンソースの代替",
            },
            "detail": {
                "en": (
                    "<p>An open-source approach suits our community. AuraFlow "
                    "(Apache 2.0) and the Open Model Initiative (OMI) offer fairer "
                    "models that everyone can contribute to and benefit from.</p>"
                ),
                "ja": (
                    "<p>コミュニティにとっては、オープンソースという進め方が"
                    "理にかなっています。AuraFlow（Apache 2.0）や"
                    "Open Model Initiative（OMI）は、誰もが貢献でき、"
                    "誰もがその恩恵を受けられる、より公平なモデルを提供しています。</p>"
                ),
            },
            "cite": None,
        },
        {
            "type": "remaining_concern",
            "kind": "business",
            "title": {
                "en": "The enterprise license offer",
                "ja": "エンタープライズライセンスの提示",
            },
            "detail": {
                "en": (
                    "<p>Stability AI has offered us an enterprise license so that we "
                    "could provide SD3 generation on our site. Taking it would mean "
                    "charging 12 to 16 Buzz per image and generating at least "
                    "42 million SD3 images.</p>"
                ),
                "ja": (
                    "<p>Stability AIからは、当サイトでSD3の生成を提供するための"
                    "エンタープライズライセンスの提示を受けています。ただし、"
                    "このライセンスを取得するには、画像1枚あたり12〜16 Buzzを課金し、"
                    "SD3の画像を少なくとも4,200万枚生成する必要があります。</p>"
                ),
            },
            "cite": ("v2", "enterprise-license"),
        },
        {
            "type": "decision",
            "heading": {"en": "Our decision (for now)", "ja": "現時点での判断"},
            "decision": {
                "en": (
                    "<p>Given the cost and the uncertain demand for SD3, we have "
                    "decided <strong>not</strong> to take the enterprise license for "
                    "now. SD3 generation on our site therefore remains "
                    "unavailable.</p>"
                ),
                "ja": (
                    "<p>コストの大きさと、SD3の需要が見通せないことを踏まえ、"
                    "現時点ではエンタープライズライセンスを"
                    "<strong>取得しない</strong>ことにしました。そのため、"
                    "サイト上でのSD3の生成は引き続き提供しません。</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"en": "What’s next for creators", "ja": "クリエイターの皆さんへ"},
            "anchor": "whats-next",
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "<p>Where SD3 goes from here is up to you. If you want to work "
                    "with Stability AI’s latest models, build on SD3. If you would "
                    "rather not, we encourage you to put your time into the "
                    "open-source model ecosystems instead.</p>"
                    "<p>Both paths are valuable, and we appreciate what every "
                    "creator brings to our site.</p>"
                ),
                "ja": (
                    "<p>SD3の今後を形づくるのは、クリエイターの皆さんです。"
                    "Stability AIの最新モデルを活用したい方は、SD3をベースに制作して"
                    "ください。そうでない方には、オープンソースのモデルエコシステムに"
                    "時間を注ぐことをおすすめします。</p>"
                    "<p>どちらの道にも等しく価値があります。当サイトは、すべての"
                    "クリエイターの皆さんの取り組みに感謝しています。</p>"
                ),
            },
        },
    ],
}

FAQS = [
    {
        "slug": "can-i-share-sd3-models",
        "topic": "models",
        "sort_order": 1,
        "question": {
            "en": "Can I upload and download SD3 models on the site now?",
            "ja": "当サイトでSD3モデルをアップロード・ダウンロードできるようになりましたか？",
        },
        "answer": {
            "en": (
                "<p>Yes. We have lifted the temporary ban, so you can upload and "
                "download SD3-based models, and models trained on SD3 outputs, "
                "again.</p>"
            ),
            "ja": (
                "<p>はい。一時的な禁止を解除したため、SD3ベースのモデルや、"
                "SD3の出力で学習したモデルを再びアップロード・ダウンロードできます。</p>"
            ),
        },
        "cite": None,
    },
    {
        "slug": "can-i-generate-sd3-images",
        "topic": "on-site-generation",
        "sort_order": 2,
        "question": {
            "en": "Can I generate SD3 images on the site?",
            "ja": "当サイト上でSD3の画像を生成できますか？",
        },
        "answer": {
            "en": (
                "<p>No. Offering SD3 generation on our site would require an "
                "enterprise license from Stability AI, and we do not have one. You "
                "can still share and download SD3 models.</p>"
            ),
            "ja": (
                "<p>いいえ。サイト上での生成を提供するにはStability AIの"
                "エンタープライズライセンスが必要ですが、当サイトはこれを取得して"
                "いません。SD3モデルの共有やダウンロードは引き続きご利用いただけます。</p>"
            ),
        },
        "cite": ("v2", "enterprise-license"),
    },
    {
        "slug": "are-loras-on-sd3-outputs-derivative-works",
        "topic": "licensing",
        "sort_order": 3,
        "question": {
            "en": "Are LoRAs trained on SD3 outputs “derivative works”?",
            "ja": "SD3の出力で学習したLoRAは「派生作品」に当たりますか？",
        },
        "answer": {
            "en": (
                "<p>Not under version 2 of the license. Models trained on SD3 "
                "outputs, including LoRAs and fine-tunes of other base models, are "
                "no longer treated as derivative works, so the SD3 license does not "
                "extend to them.</p>"
            ),
            "ja": (
                "<p>第2版のライセンスでは当たりません。LoRAや他の基盤モデルの"
                "微調整（ファインチューン）を含め、SD3の出力で学習したモデルは"
                "「派生作品」とみなされなくなったため、SD3のライセンスは"
                "こうしたモデルには及びません。</p>"
            ),
        },
        "cite": ("v2", "derivative-works"),
    },
    {
        "slug": "is-there-a-monthly-image-cap",
        "topic": "licensing",
        "sort_order": 4,
        "question": {
            "en": "Is there still a monthly cap on generated images?",
            "ja": "生成できる画像の枚数に、今も月間の上限はありますか？",
        },
        "answer": {
            "en": "<p>No. The Creator License’s cap of 6,000 images per month was removed in version 2.</p>",
            "ja": "<p>いいえ。クリエイターライセンスにあった月間6,000枚の上限は、第2版で撤廃されました。</p>",
        },
        "cite": ("v2", "commercial-use"),
    },
    {
        "slug": "can-i-use-sd3-commercially",
        "topic": "licensing",
        "sort_order": 5,
        "question": {
            "en": "Can I use SD3 commercially?",
            "ja": "SD3を商用利用できますか？",
        },
        "answer": {
            "en": (
                "<p>Yes, for free, if your annual revenue is under $1 million. "
                "Above that, you need an enterprise license from Stability AI. The "
                "Creator License’s limits on company size and funding no longer "
                "apply.</p>"
            ),
            "ja": (
                "<p>年間売上が100万ドル未満であれば、無償で商用利用できます。"
                "それを超える場合は、Stability AIのエンタープライズライセンスが"
                "必要です。企業規模や資金調達額に関するクリエイターライセンスの"
                "制限は、もう適用されません。</p>"
            ),
        },
        "cite": ("v2", "commercial-use"),
    },
    {
        "slug": "can-the-license-be-revoked",
        "topic": "licensing",
        "sort_order": 6,
        "question": {
            "en": "Can the license be revoked?",
            "ja": "ライセンスが取り消されることはありますか？",
        },
        "answer": {
            "en": (
                "<p>Yes, the license is still revocable. However, Stability AI has "
                "given an assurance that it will not revoke it unless the licensee "
                "breaches the license terms.</p>"
            ),
            "ja": (
                "<p>ライセンスは引き続き取り消し可能です。ただしStability AIは、"
                "ライセンス条項への違反がない限り取り消すことはないと明言しています。</p>"
            ),
        },
        "cite": ("v2", "revocation"),
    },
    {
        "slug": "what-if-my-license-terminates",
        "topic": "licensing",
        "sort_order": 7,
        "question": {
            "en": "What happens if my license terminates?",
            "ja": "ライセンスが終了した場合はどうなりますか？",
        },
        "answer": {
            "en": (
                "<p>The deletion clause applies: LoRAs and fine-tunes of SD3 must "
                "be deleted. In theory, if the research and non-commercial license "
                "ended, all SD3 models might have to be deleted. We do not expect a "
                "license to end merely because a user broke our terms of "
                "service.</p>"
            ),
            "ja": (
                "<p>削除条項が適用され、SD3のLoRAや微調整（ファインチューン）を"
                "削除しなければなりません。理論上は、研究・非商用ライセンスが"
                "終了すれば、すべてのSD3モデルを削除する必要が生じる可能性も"
                "あります。なお、ユーザーが当サイトの利用規約に違反しただけで"
                "ライセンスが終了することはないと考えています。</p>"
            ),
        },
        "cite": ("v2", "deletion-on-termination"),
    },
    {
        "slug": "why-no-enterprise-license",
        "topic": "on-site-generation",
        "sort_order": 8,
        "question": {
            "en": "Why doesn’t the site take the enterprise license?",
            "ja": "当サイトがエンタープライズライセンスを取得しないのはなぜですか？",
        },
        "answer": {
            "en": (
                "<p>Because of the cost and the uncertain demand for SD3. Under the "
                "offer, we would have to charge 12 to 16 Buzz per image and "
                "generate at least 42 million SD3 images. For now, we have decided "
                "not to take it.</p>"
            ),
            "ja": (
                "<p>コストの大きさと、SD3の需要が見通せないことが理由です。"
                "提示された条件では、画像1枚あたり12〜16 Buzzを課金し、"
                "SD3の画像を少なくとも4,200万枚生成する必要があります。"
                "そのため、現時点では取得しないことにしました。</p>"
            ),
        },
        "cite": ("v2", "enterprise-license"),
    },
    {
        "slug": "why-was-sd3-banned",
        "topic": "models",
        "sort_order": 9,
        "question": {
            "en": "Why was SD3 banned in the first place?",
            "ja": "そもそもSD3が禁止されていたのはなぜですか？",
        },
        "answer": {
            "en": (
                "<p>In mid-June 2024 we temporarily banned SD3-based models, and "
                "models trained on SD3 outputs, while we reviewed the original "
                "license. Under those terms, anything trained on SD3 outputs "
                "counted as a derivative work. Version 2 of the license resolved "
                "most of our concerns, so we lifted the ban.</p>"
            ),
            "ja": (
                "<p>2024年6月中旬、当初のライセンスを法的に確認するため、"
                "SD3ベースのモデルとSD3の出力で学習したモデルを一時的に禁止しました。"
                "当初の条件では、SD3の出力で学習したものはすべて「派生作品」と"
                "みなされていました。第2版のライセンスで懸念の大半が解消されたため、"
                "禁止を解除しました。</p>"
            ),
        },
        "cite": None,
    },
]
