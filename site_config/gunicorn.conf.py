"""gunicorn's settings for the production web process (`make serve`, compose.yaml, `make bench`).

Environment: WEB_CONCURRENCY sync workers (default 2); a worker is replaced after
GUNICORN_MAX_REQUESTS requests (plus jitter) so memory stays flat; FORWARDED_ALLOW_IPS
names the proxy whose X-Forwarded-* headers are believed. The bind address is given on
the command line.

The application is loaded once in the master and the workers are forked from it
(``preload_app``), so the code and data every worker imports are shared pages, not a
copy per worker, and a replaced worker starts at once. ``gc.freeze()`` moves everything
loaded so far out of the collector's sight: a collection in a worker would otherwise
write to those objects' headers and copy their pages one by one. Before the first fork the master also does what each
worker would otherwise do on its first requests (``site_config.warm_up``): without it a
fresh worker's first page took about 200 ms.
"""

import gc
import os

wsgi_app = "site_config.wsgi:application"
worker_class = "sync"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = 2000
preload_app = True
control_socket_disable = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    # Called once the application is loaded in the master, before any worker is forked.
    from site_config.warm_up import warm_up

    try:
        compiled = warm_up()
    except Exception:  # a slower first request per worker is better than no site
        server.log.exception("Warm-up failed; each worker warms up on its first requests instead.")
    else:
        server.log.info("Warmed up in the master: URL resolvers, translations, %d templates.", len(compiled))


def pre_fork(server, worker):
    gc.freeze()
