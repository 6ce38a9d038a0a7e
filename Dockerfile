# The image compose.yaml runs as web, worker and beat: the pinned requirements, the
# compiled Japanese catalogue and collected static files (hashed, compressed by WhiteNoise).
FROM python:3.11-slim
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# collectstatic reads settings but touches no database or cache; these values exist only for this step.
RUN python manage.py compilemessages --ignore=.venv -v 0 \
    && DJANGO_SETTINGS_MODULE=site_config.settings.dev python manage.py collectstatic --noinput -v 0 \
    && useradd --system --home /app site && chown -R site /app
USER site
ENV DJANGO_SETTINGS_MODULE=site_config.settings.production PYTHONUNBUFFERED=1
EXPOSE 8000
# site_config/gunicorn.conf.py reads WEB_CONCURRENCY (sync workers; compose sets 2).
CMD ["gunicorn", "-c", "site_config/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
