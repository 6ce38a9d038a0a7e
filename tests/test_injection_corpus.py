"""An injection corpus written into every field an editor can write, in both languages, and
every output read back with a real parser: no payload becomes executable, XML stays
well-formed, JSON stays valid, and JSON-LD never leaves its <script> element.

Each payload gets its own announcement (title, summary, SEO title and description, every
block text of its body, a correction note), topic, FAQ (question and answer) and license
(name, licensor, version name, label and summary, clause heading and text). Rich texts are
written as the editor writes them: Draftail contentstate holding the payload as text and
hostile links (``javascript:``, ``data:``, unknown entity types), converted by Wagtail's
own converter. The singletons (home page and FAQ page intros) carry every payload at once.
"""

import json
import re
import xml.etree.ElementTree as ElementTree

import feedparser
import html5lib
import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from announcements.blocks import RICH_TEXT_FEATURES
from announcements.factories import (
    AnnouncementIndexPageFactory,
    AnnouncementPageFactory,
    FAQFactory,
    FAQPageFactory,
    TopicFactory,
    publish_correction,
)
from announcements.models import FAQPage
from announcements.rules.concern_kinds import ConcernKind
from licenses.factories import LicenseClauseFactory, LicenseFactory, LicenseVersionFactory

LANGUAGES = ("en", "ja")
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "</script><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "]]><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "control \x01\x08\x0b\x0c\x1b\x1f characters",  # (NUL is refused on save by every field)
    "non-characters \ufffe\uffff and \u202e override",
    "<b>bold <i>never closed",
    "<a" * 40 + "a",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    "<style>body{display:none}</style>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    "{{ 7|add:7 }} {% debug %}",
    "${alert(1)} `alert(1)`",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    '<form action="javascript:alert(1)"><button>go</button></form>',
    'R&D <b>β</b> & "quotes" 日本語「引用」',
]
# Elements no payload may create, and URL schemes no link or source may carry.
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "base", "svg", "math", "frame", "frameset", "style", "form", "meta"}
ALLOWED_META = {"charset", "name", "property"}  # the site's own <meta> tags
DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background"}


def fit(payload: str, limit: int) -> str:
    return payload[:limit]


def hostile_rich_text(payload: str) -> str:
    """What Draftail would post for a paragraph holding ``payload``, with hostile links, stored
    as Wagtail's converter stores it."""
    entity_ranges = [{"offset": offset, "length": 3, "key": key} for offset, key in ((0, "0"), (4, "1"), (8, "2"))]
    contentstate = {
        "blocks": [
            {
                "key": "k1",
                "type": "unstyled",
                "depth": 0,
                "text": f"One Two Six {payload}",
                "inlineStyleRanges": [{"offset": 0, "length": 4, "style": "BOLD"}],
                "entityRanges": entity_ranges,
                "data": {},
            },
            {"key": "k2", "type": "script", "depth": 0, "text": payload, "inlineStyleRanges": [], "entityRanges": []},
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}},
            "1": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "data:text/html,<script>alert(1)</script>"}},
            "2": {"type": "EMBED", "mutability": "IMMUTABLE", "data": {"url": "javascript:alert(1)"}},
        },
    }
    return ContentstateConverter(features=[*RICH_TEXT_FEATURES, "h3"]).to_database_format(json.dumps(contentstate))


def hostile_body(payload: str, version, clause) -> str:
    rich = hostile_rich_text(payload)
    both = lambda name, value: {f"{name}_{code}": value for code in LANGUAGES}  # noqa: E731
    citation = {"version": version.pk, "clause": clause.pk}
    return json.dumps(
        [
            {"type": "heading", "value": {**both("text", fit(payload, 200)), "anchor": ""}},
            {"type": "paragraph", "value": both("text", rich)},
            {
                "type": "resolved_concern",
                "value": {
                    **both("title", fit(payload, 200)),
                    **both("previously", rich),
                    **both("now", rich),
                    "kind": ConcernKind.LICENSE_CLAUSE,
                    "citation": citation,
                },
            },
            {
                "type": "remaining_concern",
                "value": {**both("title", fit(payload, 200)), **both("detail", rich), "kind": ConcernKind.BUSINESS},
            },
            {"type": "decision", "value": {**both("heading", fit(payload, 200)), **both("decision", rich)}},
        ]
    )


@pytest.fixture(scope="module")
def corpus_site(module_data):
    with module_data.build():
        every_payload = "".join(hostile_rich_text(payload) for payload in PAYLOADS)
        AnnouncementIndexPageFactory.as_home_page(
            title_en=PAYLOADS[0], title_ja=PAYLOADS[1], intro_en=every_payload, intro_ja=every_payload
        )
        FAQPageFactory(title_en=PAYLOADS[2], title_ja=PAYLOADS[3], intro_en=every_payload, intro_ja=every_payload)
        for number, payload in enumerate(PAYLOADS):
            both = lambda name, limit=None, value=payload: {  # noqa: E731
                f"{name}_{code}": fit(value, limit) if limit else value for code in LANGUAGES
            }
            topic = TopicFactory(slug=f"topic-{number}", **both("name", 100))
            license_ = LicenseFactory(slug=f"license-{number}", **both("name", 200), licensor=fit(payload, 200))
            version = LicenseVersionFactory(
                license=license_,
                slug="v1",
                **both("name", 200),
                **both("label", 60, payload.replace(":", "")),  # a label refuses colons, on its field
                **both("summary"),
            )
            clause = LicenseClauseFactory(version=version, key="clause", **both("heading", 200), **both("text"))
            FAQFactory(topic=topic, **both("question", 300), **both("answer", value=hostile_rich_text(payload)))
            page = AnnouncementPageFactory(
                slug_en=f"item-{number}",
                slug_ja=f"item-{number}",
                topics=[topic],
                **both("title", 255),
                **both("summary"),
                **both("seo_title", 255),
                **both("search_description"),
                body=None,
                publish=False,
            )
            page.body = hostile_body(payload, version, clause)
            page.save_revision().publish()
            publish_correction(page, **both("note", 300))


def is_the_sites_own(tag: str, attributes: dict) -> bool:
    """The templates' own meta tags, and the header's search form (a GET to this site)."""
    if tag == "meta":
        return set(attributes) <= ALLOWED_META | {"content"}
    if tag == "form":
        action = attributes.get("action", "")
        return attributes.get("method") == "get" and action.startswith("/") and action.endswith("/search/")
    return False


def html_problems(html: str, *, json_ld_allowed: bool) -> list[str]:
    """Executable markup in ``html`` as a browser parses it."""
    document = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    problems = []
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "script":
            if not json_ld_allowed or element.get("type") != "application/ld+json" or element.get("src"):
                problems.append(f"<script {element.attrib}>")
            else:
                json.loads(element.text or "")  # JSON-LD must be whole JSON: it never left its element
        if tag in FORBIDDEN_ELEMENTS and not is_the_sites_own(tag, element.attrib):
            problems.append(f"<{tag} {element.attrib}>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"{tag}[{name}]")
            if name.lower() in URL_ATTRIBUTES and DANGEROUS_SCHEME.match(re.sub(r"[\x00-\x20]", "", value)):
                problems.append(f"{tag}[{name}={value[:30]}]")
    return problems


def html_outputs(language: str) -> list[str]:
    paths = [f"/{language}/", f"/{language}/faq/", f"/{language}/licenses/", f"/{language}/feeds/"]
    for number in range(len(PAYLOADS)):
        paths += [
            f"/{language}/item-{number}/",
            f"/{language}/?topic=topic-{number}",
            f"/{language}/licenses/license-{number}/",
            f"/{language}/licenses/license-{number}/v1/",
        ]
    return paths


def feed_outputs(language: str, kind: str) -> list[str]:
    paths = [f"/{language}/feeds/{kind}/"] + (["/" + language + "/feeds/json/?page=2"] if kind == "json" else [])
    return paths + [f"/{language}/feeds/topics/topic-{number}/{kind}/" for number in range(len(PAYLOADS))]


def feed_html_parts(body: bytes, kind: str) -> list[str]:
    """The HTML a feed carries (content, summaries), parsed with the format's real parser."""
    if kind == "json":
        feed = json.loads(body)  # valid JSON, or this raises
        # JSON Feed's title and summary are plain text by its spec; content_html is HTML.
        return [item.get("content_html", "") for item in feed["items"]]
    ElementTree.fromstring(body)  # well-formed XML, or this raises
    parsed = feedparser.parse(body, sanitize_html=False)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    parts = []
    for entry in parsed.entries:
        parts += [content.value for content in entry.get("content", [])]
        for key in ("title_detail", "summary_detail"):
            if key in entry and entry[key]["type"] in ("text/html", "application/xhtml+xml"):
                parts.append(entry[key]["value"])
    for key in ("title_detail", "subtitle_detail"):
        if key in parsed.feed and parsed.feed[key]["type"] in ("text/html", "application/xhtml+xml"):
            parts.append(parsed.feed[key]["value"])
    return parts


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 30


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_payload_is_executable_in_any_html_page(client, corpus_site, language):
    for path in html_outputs(language):
        response = client.get(path)
        assert response.status_code == 200, path
        assert html_problems(response.content.decode(), json_ld_allowed=True) == [], path


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom", "json"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feed_stays_well_formed_and_carries_no_executable_payload(client, corpus_site, language, kind):
    for path in feed_outputs(language, kind):
        response = client.get(path)
        assert response.status_code == 200, path
        for html in feed_html_parts(response.content, kind):
            assert html_problems(html, json_ld_allowed=False) == [], path


@pytest.mark.django_db
def test_the_sitemap_stays_well_formed(client, corpus_site):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)

    locations = [element.text for element in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert sum("/item-" in location for location in locations) == 2 * len(PAYLOADS)


@pytest.mark.django_db
def test_the_faq_page_intro_and_home_intro_hold_every_payload_as_text(client, corpus_site):
    assert FAQPage.objects.get().intro_ja.count("alert(1)") >= len(PAYLOADS) // 2
    body = client.get("/ja/faq/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
