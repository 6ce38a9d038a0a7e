"""The ceiling for `make bench`: a WSGI app that returns 13 KB without doing anything,
served by gunicorn with 2 sync workers, as the site is. No Django, no cache, no database."""

BODY = b"<!DOCTYPE html><title>ceiling</title>" + b"x" * (13 * 1024)


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))])
    return [BODY]
