"""Content of the Stable Diffusion 3 un-ban notice, its license versions and FAQs.

License clause texts are our own short summaries (the version pages say so); what
we think of a clause belongs in the notice, not in the clause.
"""

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

# In the order readers see them, in both languages.
TOPICS = [
    {"slug": "models", "name": {"en": "Models", "ja": "モデル"}, "name_in_sentence": {"en": "models"}},
    {
        "slug": "on-site-generation",
        "name": {"en": "On-site generation", "ja": "サイト上での生成"},
        "name_in_sentence": {"en": "on-site generation"},
    },
    {"slug": "licensing", "name": {"en": "Licensing", "ja": "ライセンス"}, "name_in_sentence": {"en": "licensing"}},
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
        "name": {
            # The glossary's names, as the notice and FAQs write them.
            "en": "Stability AI research and non-commercial license and Creator License",
            "ja": "Stability AI 研究・非商用ライセンスとクリエイターライセンス",
        },
        "label": {"en": "version 1", "ja": "第1版"},
        "effective_date": date(2024, 6, 12),
        # The June 2024 text was replaced at its address by version 2: no public source to link.
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
                "heading": {"en": "Derivative works", "ja": "派生作品"},
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
                        "公表されていた基準は、年間売上100万ドル未満、機関からの"
                        "資金調達額100万ドル未満、月間アクティブユーザー100万人未満でした。"
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
                    "ja": "Stability AIはこのライセンスを取り消すことができました。",
                },
            },
            {
                "key": "deletion-on-termination",
                "heading": {"en": "Deletion on termination", "ja": "終了時の削除条項"},
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
        "name": {
            "en": "Stability AI Community License",
            "ja": "Stability AI コミュニティライセンス",
        },
        "label": {"en": "version 2", "ja": "第2版"},
        "effective_date": date(2024, 7, 5),
        "source_url": "https://stability.ai/community-license-agreement",
        "supersedes": "v1",
        "summary": {
            "en": (
                "The revised Stability AI Community License, published on July 5, "
                "2024. Models trained on SD3 outputs are no longer derivative "
                "works, and the Creator License’s usage cap and eligibility limits "
                "are gone. Use is free under $1 million in annual revenue; above "
                "that, commercial use requires an enterprise license."
            ),
            "ja": (
                "2024年7月5日に公開された、改訂版のStability AI コミュニティライセンスです。"
                "SD3の出力で学習したモデルは「派生作品」とみなされなくなり、"
                "クリエイターライセンスの利用上限と利用資格の制限も撤廃されました。"
                "年間売上100万ドル未満であれば無償で利用でき、"
                "それを超える場合、商用利用にはエンタープライズライセンスが必要です。"
            ),
        },
        "clauses": [
            {
                "key": "derivative-works",
                "heading": {"en": "Derivative works", "ja": "派生作品"},
                "text": {
                    "en": (
                        "Models trained on SD3 outputs, such as LoRAs and fine-tunes "
                        "of other base models, are no longer considered “derivative "
                        "works”."
                    ),
                    "ja": (
                        "LoRAや他の基盤モデルの微調整（ファインチューン）など、"
                        "SD3の出力で学習したモデルは「派生作品」とみなされなくなりました。"
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
                        "$1 million. The Creator License’s monthly image cap and its "
                        "limits on company size and funding are gone."
                    ),
                    "ja": (
                        "年間売上が100万ドル未満の個人・組織は、研究・非商用・商用の"
                        "いずれの目的でも無償で利用できます。クリエイターライセンスにあった"
                        "月間の画像枚数の上限と、企業規模・資金調達額による制限はなくなりました。"
                    ),
                },
            },
            {
                "key": "enterprise-license",
                "heading": {"en": "Enterprise license", "ja": "エンタープライズライセンス"},
                "text": {
                    "en": (
                        "Individuals and organizations with annual revenue above "
                        "$1 million need an enterprise license from Stability AI for "
                        "commercial use."
                    ),
                    "ja": (
                        "年間売上が100万ドルを超える個人・組織が商用利用するには、"
                        "Stability AIからエンタープライズライセンスを取得する必要があります。"
                    ),
                },
            },
            {
                "key": "revocation",
                "heading": {"en": "Revocation", "ja": "取り消し"},
                "text": {
                    "en": "The license remains revocable.",
                    "ja": "このライセンスは、引き続き取り消し可能です。",
                },
            },
            {
                "key": "deletion-on-termination",
                "heading": {"en": "Deletion on termination", "ja": "終了時の削除条項"},
                "text": {
                    "en": "If the license terminates, LoRAs and fine-tunes of SD3 must be deleted.",
                    "ja": "ライセンスが終了した場合、SD3のLoRAや微調整（ファインチューン）を削除しなければなりません。",
                },
            },
        ],
    },
]

ANNOUNCEMENT = {
    "slug": "sd3-un-banned",
    # The source dates the notice to July 2024 but gives no day: editors may set the
    # day in the admin once they have confirmed it.
    "date": date(2024, 7, 1),
    "date_precision": "month",
    "title": {
        "en": "SD3 is un-banned: its future is up to the community",
        "ja": "SD3を解禁しました：今後を決めるのはコミュニティです",
    },
    "summary": {
        "en": (
            "Stability AI’s revised license answers most of our concerns and leaves "
            "our site with minimal risk, so we have lifted our temporary ban on "
            "Stable Diffusion 3 (SD3) models. We still cannot offer SD3 generation "
            "on our site."
        ),
        "ja": (
            "Stability AIの改訂ライセンスで懸念の大半が解消され、当サイトのリスクも"
            "最小限になったため、Stable Diffusion 3（SD3）モデルに対する一時的な禁止を"
            "解除しました。ただし、当サイト上でのSD3の生成は引き続き提供できません。"
        ),
    },
    "topics": ["licensing", "models"],
    "body": [
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "<p>Stable Diffusion 3 (SD3) is allowed on our site again. In "
                    "mid-June 2024 we temporarily banned SD3-based models, and models "
                    "trained on SD3 outputs, pending a legal review of their license. "
                    "Stability AI has since revised that license, and the new version "
                    "addresses most of the concerns we raised.</p>"
                    "<p>The new license is not perfect, but our risk in hosting SD3 "
                    "is now minimal, so we have lifted the ban. You can upload and "
                    "download SD3 models again.</p>"
                    "<p>From here, we will watch where the creators in our community "
                    "choose to invest: in the SD3 ecosystem, or in other open-source "
                    "model ecosystems.</p>"
                ),
                "ja": (
                    "<p>当サイトでStable Diffusion 3（SD3）を解禁しました。"
                    "2024年6月中旬、ライセンスの法的な確認が済むまでの措置として、"
                    "SD3ベースのモデルと、SD3の出力で学習したモデルを一時的に"
                    "禁止していました。その後Stability AIがライセンスを改訂し、"
                    "新しい版では私たちが挙げていた懸念の大半が解消されています。</p>"
                    "<p>新しいライセンスも完璧ではありませんが、当サイトが負うリスクは"
                    "最小限になったと判断し、禁止を解除しました。SD3モデルを"
                    "再びアップロード・ダウンロードできるようになりました。</p>"
                    "<p>今後は、コミュニティのクリエイターの皆さんがSD3のエコシステムに"
                    "力を注ぐのか、それとも他のオープンソースモデルのエコシステムに"
                    "力を注ぐのかを見守っていきます。</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"en": "What the un-ban does not change", "ja": "解禁後も変わらないこと"},
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
                    "generate images with them on our site.</p>"
                ),
                "ja": (
                    "<p>今回の解禁によって、当サイト上でSD3の画像を生成できるように"
                    "なるわけでは<strong>ありません</strong>。サイト上での生成を"
                    "提供するにはStability AIのエンタープライズライセンスが必要ですが、"
                    "当サイトはこれを取得していません。SD3モデルの共有やダウンロードは"
                    "できますが、当サイト上でそのモデルを使って画像を生成することは"
                    "できません。</p>"
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
                    "derivative works, so there is no need to worry about the SD3 "
                    "license spreading to other models.</p>"
                ),
                "ja": (
                    "<p>第2版では、SD3の出力で学習したモデルは「派生作品」に"
                    "当たらなくなりました。SD3のライセンスが他のモデルにまで及ぶ"
                    "心配は、もうありません。</p>"
                ),
            },
            "cite": ("v2", "derivative-works"),
            "cite_earlier": [("v1", "derivative-works")],
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
                    "<p>Version 2 drops the monthly cap and the three eligibility "
                    "limits. A single revenue threshold remains: research, "
                    "non-commercial and commercial use are free for anyone with "
                    "annual revenue under $1 million, and above that, commercial use "
                    "needs an enterprise license.</p>"
                ),
                "ja": (
                    "<p>第2版では、月間の上限も3つの利用資格の制限もすべて撤廃されました。"
                    "ただし年間売上の基準だけは、役割を変えて残っています。"
                    "年間売上が100万ドル未満であれば研究・非商用・商用のいずれの目的でも"
                    "無償で利用でき、それを超える場合、商用利用にはエンタープライズライセンスが"
                    "必要です。</p>"
                ),
            },
            "cite": ("v2", "commercial-use"),
            "cite_earlier": [("v1", "usage-cap"), ("v1", "commercial-use")],
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
                    "<p>Stability AI now has a new CEO and new funding. In the two "
                    "weeks before this notice, we talked with the Stability AI team "
                    "more than in the previous two years. We feel somewhat "
                    "optimistic about its future.</p>"
                ),
                "ja": (
                    "<p>Stability AIでは新しいCEOが就任し、新たな資金も調達されました。"
                    "このお知らせに先立つ2週間で、私たちは"
                    "Stability AIのチームと、それまでの2年間を上回るほどの対話を"
                    "重ねました。Stability AIの将来については、やや楽観的に見ています。</p>"
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
            "type": "paragraph",
            "text": {
                "en": "<p>Version 2 is a big improvement, but two of its clauses still concern us.</p>",
                "ja": "<p>第2版で大きく改善されたものの、次の2つの条項には懸念が残っています。</p>",
            },
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
                    "given an assurance, outside the license itself, that it will not "
                    "do so unless the licensee breaches the license terms.</p>"
                ),
                "ja": (
                    "<p>Stability AIは、現在もこのライセンスを取り消すことができます。"
                    "ただし、ライセンスの条文とは別に、ライセンス条項への違反がない限り"
                    "取り消すことはないと、Stability AIは保証しています。</p>"
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
            # "In theory, if the research and non-commercial license ended…" is about version 1's terms.
            "cite_earlier": [("v1", "deletion-on-termination")],
        },
        {
            "type": "heading",
            "text": {"en": "Remaining concerns", "ja": "残る懸念"},
            "anchor": "remaining-concerns",
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "<p>The license is better, but some important concerns about "
                    "SD3 and its place in our community remain.</p>"
                ),
                "ja": (
                    "<p>ライセンスは良くなりましたが、SD3と、コミュニティにおける"
                    "その位置づけについては、重要な懸念がいくつか残っています。</p>"
                ),
            },
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
                    "<p>SD3 still needs improvement. Many times before, our community "
                    "has made models like it into something great, but in a "
                    "semi-closed ecosystem it is very hard to credit individual "
                    "contributors for the improvements they make.</p>"
                ),
                "ja": (
                    "<p>現在のSD3には、まだ改善の余地があります。コミュニティが"
                    "こうしたモデルを素晴らしいものに育ててきた例は何度も見てきましたが、"
                    "半閉鎖的なエコシステムでは、どの改善が誰の貢献かを示し、"
                    "クレジットすることが非常に難しくなります。</p>"
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
                    "<p>An open-source approach makes sense for our community. "
                    "AuraFlow (Apache 2.0) and the Open Model Initiative (OMI) offer "
                    "fairer models that everyone can contribute to and benefit "
                    "from.</p>"
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
                    "<p>After many conversations with the Stability AI team, we were "
                    "offered an enterprise license so that we could provide SD3-based "
                    "generation on our site. Taking it would mean charging 12 to 16 "
                    "Buzz per image and generating at least 42 million SD3 "
                    "images.</p>"
                ),
                "ja": (
                    "<p>Stability AIのチームと何度も話し合った結果、当サイトで"
                    "SD3ベースの生成を提供するためのエンタープライズライセンスの"
                    "提示を受けました。ただし、このライセンスを取得するには、"
                    "画像1枚あたり12〜16 Buzzを課金し、SD3の画像を少なくとも"
                    "4,200万枚生成する必要があります。</p>"
                ),
            },
            # The offer's terms come from our talks with Stability AI, not from a license clause.
            "cite": None,
        },
        {
            "type": "decision",
            "heading": {"en": "Our decision (for now)", "ja": "現時点での判断"},
            "decision": {
                "en": (
                    "<p>Given the high cost and the uncertain demand for SD3, we have "
                    "decided <strong>not</strong> to take the enterprise license for "
                    "now. SD3 generation on our site therefore remains "
                    "unavailable.</p>"
                ),
                "ja": (
                    "<p>コストの高さと、SD3の需要が見通せないことを踏まえ、"
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
                    "<p>As a creator, you show which ecosystem you believe in by where "
                    "you invest your time and energy. If you want to work with "
                    "Stability AI’s latest models, build on SD3. If SD3 leaves you "
                    "unsatisfied, we encourage you to put your time into advancing "
                    "the open-source model ecosystems instead.</p>"
                    "<p>Whichever you choose, we value what every creator brings to "
                    "our site, and we believe the quality of what is made with AI "
                    "tools will keep improving. We look forward to continuing this "
                    "journey with you.</p>"
                ),
                "ja": (
                    "<p>クリエイターの皆さんは、時間と労力をどこに注ぐかによって、"
                    "どのエコシステムを信じているかを示すことになります。"
                    "Stability AIの最新モデルを活用したい方は、SD3をベースに制作して"
                    "ください。SD3に満足できない方には、オープンソースのモデル"
                    "エコシステムの発展に時間を注ぐことをおすすめします。</p>"
                    "<p>どちらを選んでも、私たちはすべてのクリエイターの皆さんが"
                    "もたらしてくれる価値を大切にしています。そして、AIツールで"
                    "生み出される作品の質は、これからも向上し続けると信じています。"
                    "これからも皆さんと一緒に歩んでいけることを楽しみにしています。</p>"
                ),
            },
        },
    ],
}

# Within a topic, questions follow sort_order, the same in both languages.
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
                "can share and download SD3 models here again.</p>"
            ),
            "ja": (
                "<p>いいえ。サイト上での生成を提供するにはStability AIの"
                "エンタープライズライセンスが必要ですが、当サイトはこれを取得して"
                "いません。SD3モデルの共有やダウンロードは、再びできるようになりました。</p>"
            ),
        },
        # Why we would need one is our own situation, not what a license clause says.
        "cite": None,
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
                "Above that, commercial use needs an enterprise license from Stability AI. The "
                "Creator License’s limits on company size and funding no longer "
                "apply.</p>"
            ),
            "ja": (
                "<p>はい。年間売上が100万ドル未満であれば、無償で商用利用できます。"
                "それを超える場合、商用利用にはStability AIのエンタープライズライセンスが"
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
                "given an assurance, outside the license itself, that it will not "
                "revoke it unless the licensee breaches the license terms.</p>"
            ),
            "ja": (
                "<p>はい。ライセンスは引き続き取り消し可能です。ただしStability AIは、"
                "ライセンスの条文とは別に、ライセンス条項への違反がない限り取り消すことは"
                "ないと保証しています。</p>"
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
                "<p>Because of the high cost and the uncertain demand for SD3. Under "
                "the offer, we would have to charge 12 to 16 Buzz per image and "
                "generate at least 42 million SD3 images. For now, we have decided "
                "not to take it.</p>"
            ),
            "ja": (
                "<p>コストの高さと、SD3の需要が見通せないことが理由です。"
                "提示された条件では、画像1枚あたり12〜16 Buzzを課金し、"
                "SD3の画像を少なくとも4,200万枚生成する必要があります。"
                "そのため、現時点では取得しないことにしました。</p>"
            ),
        },
        # The offer is not a license clause: nothing to cite.
        "cite": None,
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
                "models trained on SD3 outputs, pending a legal review of the "
                "original license. Under those terms, anything trained on SD3 "
                "outputs counted as a derivative work. Version 2 of the license "
                "resolved most of our concerns, so we lifted the ban.</p>"
            ),
            "ja": (
                "<p>2024年6月中旬、当初のライセンスの法的な確認が済むまでの措置として、"
                "SD3ベースのモデルとSD3の出力で学習したモデルを一時的に禁止しました。"
                "当初の条件では、SD3の出力で学習したものはすべて「派生作品」と"
                "みなされていました。第2版のライセンスで懸念の大半が解消されたため、"
                "禁止を解除しました。</p>"
            ),
        },
        # The answer is about the original terms: it cites them on purpose.
        "cite": ("v1", "derivative-works"),
        "cites_earlier_terms": True,
    },
]
