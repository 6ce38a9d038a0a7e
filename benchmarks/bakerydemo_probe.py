"""Run by benchmarks/bakerydemo.py with bakerydemo's own Python inside its exported tree
(`python -c <this file's text> <host>`), never imported by our site.

Names the blog post to measure (the first live BlogPage in the page tree, so the path
is discovered rather than guessed) and counts the SQL queries of one rendering of it and
of /sitemap.xml, each after a warm-up rendering, as a gunicorn worker that has served the
page before would run them. Prints one JSON object.
"""

import json
import sys


def blog_post_path() -> str:
    from bakerydemo.blog.models import BlogPage

    post = BlogPage.objects.live().public().order_by("path").first()
    if post is None:
        raise SystemExit("bakerydemo has no live blog post: was load_initial_data run?")
    _site_id, _root_url, path = post.get_url_parts()
    return path


def queries_per_rendering(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    status = client.get(path).status_code
    if status != 200:
        raise SystemExit(f"bakerydemo answered {status} for {path}")
    with CaptureQueriesContext(connection) as rendering:
        client.get(path)
    return len(rendering)


def main(host: str) -> None:
    import django

    django.setup()
    import wagtail
    from django.test import Client

    client = Client(HTTP_HOST=host)
    blog_post = blog_post_path()
    print(
        json.dumps(
            {
                "blog_post": blog_post,
                "queries": {path: queries_per_rendering(client, path) for path in (blog_post, "/sitemap.xml")},
                "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
