"""Bad requests: paging values, hostile headers and Host names, unusual methods, encoded and
overlong paths, paths in many scripts, huge query strings and bodies, against pages,
listings, feeds, the sitemap, the API and the admin. Each is (method, path, data, headers)
for a test client; the tests send them through the WSGI application (tests/wsgi_door.py). Read by
tests/site_config/test_bad_requests.py (never a 5xx) and benchmarks/bad_requests.py (timings)."""

from urllib.parse import quote

HUGE = "x" * 100_000
GET = "get"


def request(method=GET, path="/en/", *, data=None, **headers):
    return (method, path, data, headers)


def send(client, method, path, data, headers):
    """One corpus request through Django's test ``client``; its response."""
    send_method = getattr(client, method)
    return send_method(path, data=data, **headers) if data else send_method(path, **headers)


PAGING = [
    request(path=f"/en/?page={value}")
    for value in ("0", "-1", "2", "99999999999999999999", "abc", "1.5", "%00", "", "1e9", "１", "last", "NaN")
] + [
    request(path=f"/ja/feeds/json/?page={value}")
    for value in ("0", "-1", "99999999999999999999", "abc", "2", "%F0%9F%92%A9", "00001")
]
TOPICS = [
    request(path="/en/?topic=no-such-topic"),
    request(path="/en/?topic=%3Cscript%3E"),
    request(path="/en/?topic=licensing&topic=other"),
    request(path="/ja/feeds/topics/no-such-topic/rss/"),
    request(path="/en/feeds/topics/%2E%2E/atom/"),
]
HEADERS = [
    request(HTTP_HOST="127.0.0.1:99999"),
    request(HTTP_HOST="evil.example"),
    request(HTTP_HOST="[::1]:bad"),
    request(HTTP_HOST="a" * 300),
    request(HTTP_HOST=""),
    request(HTTP_ACCEPT_LANGUAGE="zz;q=abc, *;q=2"),
    request(path="/", HTTP_ACCEPT_LANGUAGE="ja;q=0.9," * 500),
    request(HTTP_COOKIE="django_language=../../etc; sessionid=%ff%fe"),
    request(HTTP_COOKIE="csrftoken=" + "a" * 5000),
    request(path="/en/feeds/rss/", HTTP_IF_NONE_MATCH='"unterminated'),
    request(path="/en/feeds/atom/", HTTP_IF_MODIFIED_SINCE="yesterday at noon"),
    request(path="/en/feeds/json/", HTTP_IF_MODIFIED_SINCE="Sun, 99 Foo 99999 99:99:99 GMT"),
    request(HTTP_RANGE="bytes=999999-0"),
    request(HTTP_X_FORWARDED_HOST="evil.example"),
    request(HTTP_X_FORWARDED_PROTO="gopher"),
    request(HTTP_USER_AGENT=HUGE),
    request(HTTP_REFERER="javascript:alert(1)"),
]
METHODS = [
    request("post", "/en/", data={"a": "b"}),
    request("put", "/en/"),
    request("patch", "/en/licenses/"),
    request("delete", "/en/feeds/rss/"),
    request("options", "/en/"),
    request("head", "/en/feeds/atom/"),
    request("trace", "/en/"),
    request("post", "/sitemap.xml"),
    request("post", "/robots.txt"),
    request("post", "/en/feeds/json/", data={"page": "2"}),
    request("post", "/admin/login/", data={"username": HUGE, "password": HUGE}),
]
PATHS = [
    request(path="/en/%00/"),
    request(path="/en/%ff%fe/"),
    request(path="/en/..%2f..%2fetc%2fpasswd"),
    request(path="/en/" + "a/" * 500),
    request(path="/en/" + "x" * 5000 + "/"),
    request(path="/%E3%81%82/"),
    request(path="/ja/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/"),
    request(path="/xx/"),
    request(path="/en/licenses/no-such-license/"),
    request(path="/en/licenses/no-such/compare/v1/v2/"),
    request(path="/en/feeds/rss/extra/"),
    request(path="/admin/pages/999999999999999999999/edit/"),
    request(path="/documents/999999/nothing.pdf"),
    request(path="/static/../../etc/passwd"),
    request(path="/en/_util/authenticate_with_password/999/999/"),
    request("post", "/en/_util/authenticate_with_password/abc/1/"),
    request(path="//evil.example/"),
    request(path="/en/?" + "&".join(f"p{n}={n}" for n in range(2000))),
    request(path="/en/?q=" + HUGE),
    request("post", "/en/", data={"field": HUGE}),
]
# Each script as a client sends it (UTF-8, percent-encoded), in a page address, a license
# slug and an API path parameter; then bytes that are no UTF-8 at all.
SCRIPTS = {
    "Japanese": "検索",
    "kana": "あ",
    "emoji": "😀",
    "Korean": "공지",
    "Chinese": "许可证",
    "Arabic": "ترخيص",
    "Hebrew": "רישיון",
    "Cyrillic": "лицензия",
    "Devanagari": "लाइसेंस",
    "Thai": "ใบอนุญาต",
    "combining marks": "e\u0301\u0308",
    "right-to-left override": "\u202eabc",
    "zero-width joiner": "\u200d",
    "beyond the BMP": "\U0002a6a5",
}
NOT_UTF8 = ("%C3%28", "%C0%AF", "%E0%80%AF", "%ED%A0%80", "%F4%90%80%80", "%80", "%FF")


def _encoded(text: str) -> str:
    return quote(text, safe="")


SCRIPT_PATHS = [
    request(path=path)
    for segment in [*map(_encoded, SCRIPTS.values()), *NOT_UTF8]
    for path in (
        f"/ja/{segment}/",
        f"/en/licenses/{segment}/",
        f"/ja/api/v1/licenses/{segment}/versions/",
        f"/en/api/v1/announcements/{segment}/",
    )
] + [
    request(path=f"/ja/licenses/x/compare/{_encoded('版')}/v2/"),
    request(path=f"/ja/api/v1/licenses/x/versions/v1/clauses/{_encoded('条項')}/"),
    request(path=f"/ja/feeds/topics/{_encoded('ライセンス')}/atom/"),
    request(path=f"/ja/?topic={_encoded('ライセンス')}"),
    request(path=f"/ja/search/?q={_encoded('派生作品')}"),
    request(path=f"/{_encoded('日本語')}/"),
    request(path="/ja/" + _encoded("あ") * 400 + "/"),
]
CORPUS = PAGING + TOPICS + HEADERS + METHODS + PATHS + SCRIPT_PATHS
