"""Query strings a hostile or broken client sends to the search page: read by
test_hostile_input.py (a normal page or a 4xx) and benchmarks/bad_requests.py (timings).
Each is a dict of parameters, or a raw query string."""

HOSTILE_QUERIES = [
    {"q": "派" * 60_000},
    {"q": "a " * 30_000},
    {"q": "\x00\x01\x02\x1b[31m\x7f\u202e\ufeff"},
    {"q": "' OR 1=1; DROP TABLE announcements_search_searchdocument; --"},
    {"q": "%_\\%\\_[a-z]*.+?(^$|)"},
    {"q": ["one", "two"]},
    {"q": "SD3", "page": "-1"},
    {"q": "SD3", "page": "9999999999999999999999"},
    {"q": "SD3", "page": "abc"},
    {"page": "2", "unknown": "x"},
    "q=%ED%A0%80%FF%FE&page=%00",  # invalid UTF-8 and a NUL, as raw bytes
    "q=a&q=b&q[]=c&page[]=1",
]
