"""The read side: what the public may see, and how pages, sitemaps and outputs read it.

``selectors`` is the one answer to "what may the public see, in this language";
``listing``, ``pages`` (what each page type passes its template), ``structured_data``
(JSON-LD), ``sitemap``, ``citation_checks``, ``bodies`` (bodies converted in bulk)
and ``serializers`` (announcements, concerns and citations as plain data, for feeds
and any other output) all build on it. Feeds and later outputs read this package;
it never imports them, and the content modules below it never import it.
"""
