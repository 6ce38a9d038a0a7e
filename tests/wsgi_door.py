"""Requests through ``site_config.wsgi.application``, the callable gunicorn and runserver
serve, instead of the handler Django's test client calls.

The front door in front of Django (``answer_hits_first``) answers cache hits and sees
every request first; a test that enters through Django's handler skips it, and once
missed a 500 that every Japanese path met in production. ``DoorClient`` keeps the test
client's interface (``get``, ``post``, ``force_login``, ``response.context``) and sends
each request as raw WSGI: the path as a server hands it over (Latin-1 decoded bytes), the
response read from ``start_response`` and the body iterable, then closed, as a server does.

Two things differ from a browser, both said here: the test database's connection is kept
across the request (Django closes it when a request ends; a test's transaction lives on
it), and an unsafe request carries a CSRF cookie and header pair unless the test asked to
enforce CSRF checks (a browser's form would carry one).
"""

import sys
from http.cookies import SimpleCookie
from typing import NamedTuple

from django.core.handlers.wsgi import WSGIRequest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.dispatch import receiver
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client
from django.test.signals import setting_changed
from webtest.lint import middleware as wsgi_lint

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
TEST_CSRF_SECRET = "doorclientcsrfsecret000000000000"  # 32 characters, as Django's secrets


def wsgi_application():
    from site_config.wsgi import application

    return application


@receiver(setting_changed)
def rebuild_middleware(**kwargs) -> None:
    """A server builds its middleware once, from the settings it starts with; a test that
    changes a setting (WhiteNoise's, say) starts the application anew, as a restart would."""
    door = sys.modules.get("site_config.wsgi")
    if door is not None:
        door.django_application.load_middleware()


class connection_kept:
    """Keep the test's database connection open across a request, as Django's own test
    handler does."""

    def __enter__(self):
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)

    def __exit__(self, *exc_info):
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


class Answer(NamedTuple):
    status: str  # the status line, "200 OK"
    headers: list[tuple[str, str]]
    body: bytes
    streamed: bool  # the application answered with a streaming response (a file, say)


def call_wsgi(environ: dict) -> Answer:
    """One request through the WSGI application, with WebTest's WSGI checker (PEP 3333)
    between the two: a response a server would reject, or an environ no server would
    send, fails the test."""
    started = {}

    def start_response(status, headers, exc_info=None):
        started.update(status=status, headers=headers)
        return lambda data: None

    def application(environ, start_response):
        result = wsgi_application()(environ, start_response)
        started["streamed"] = getattr(result, "streaming", False)
        return result

    with connection_kept():
        result = wsgi_lint(application)(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()  # what sends request_finished, as a server does
    return Answer(started["status"], started["headers"], body, started["streamed"])


def with_csrf_pair(environ: dict) -> dict:
    """``environ`` with the CSRF cookie and header a browser's form would send."""
    cookies = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    if "csrftoken" not in cookies:
        cookies["csrftoken"] = TEST_CSRF_SECRET
    cookie_header = "; ".join(f"{name}={morsel.value}" for name, morsel in cookies.items())
    return {"HTTP_X_CSRFTOKEN": cookies["csrftoken"].value, **environ, "HTTP_COOKIE": cookie_header}


class WSGIDoorHandler:
    """The test client's handler, replaced by a call to the WSGI application."""

    def __init__(self, enforce_csrf_checks: bool):
        self.enforce_csrf_checks = enforce_csrf_checks

    def __call__(self, environ: dict) -> HttpResponse:
        if not self.enforce_csrf_checks and environ["REQUEST_METHOD"] not in SAFE_METHODS:
            environ = with_csrf_pair(environ)
        request = WSGIRequest(environ.copy())  # for the client's resolver_match, made apart
        answer = call_wsgi(environ)
        code, _space, reason = answer.status.partition(" ")
        response_class = StreamingHttpResponse if answer.streamed else HttpResponse
        response = response_class([answer.body] if answer.streamed else answer.body, status=int(code), reason=reason)
        del response["Content-Type"]
        for name, value in answer.headers:
            if name.lower() == "set-cookie":
                response.cookies.load(value)
            else:
                response.headers[name] = value
        if "Location" in response:
            response.url = response["Location"]  # as Django's redirect responses have it
        response.wsgi_request = request
        return response


class DoorClient(Client):
    """Django's test client, entering through ``site_config.wsgi.application``."""

    def __init__(self, enforce_csrf_checks: bool = False, **defaults):
        super().__init__(enforce_csrf_checks=enforce_csrf_checks, **defaults)
        self.handler = WSGIDoorHandler(enforce_csrf_checks)
