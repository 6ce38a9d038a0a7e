"""Bad requests: paging values, hostile headers and Host names, unusual methods, encoded and
overlong paths, huge query strings and bodies, against pages, listings, feeds, the sitemap
and the admin. Each is (method, path, data, headers) for Django's test client. Read by
tests/site_config/test_bad_requests.py (never a 5xx) and benchmarks/bad_requests.py (timings)."""

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
CORPUS = PAGING + TOPICS + HEADERS + METHODS + PATHS
