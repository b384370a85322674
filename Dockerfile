# syntax=docker/dockerfile:1
# Production image: gunicorn serving config.wsgi, static files by WhiteNoise, Noto fonts for PDFs.

# --- build: wheels for every dependency, compiled where they must be -----------------------------
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --wheel-dir /wheels -r /tmp/requirements.txt

# --- run: only what the app needs at run time --------------------------------------------------
FROM python:3.11-slim-bookworm AS run
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000 \
    WEB_CONCURRENCY=3
# WeasyPrint needs Pango; the Noto fonts render Latin, Arabic and Chinese in PDFs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libpq5 \
        fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/* && rm -rf /wheels

RUN useradd --create-home --uid 1000 app
WORKDIR /app
COPY --chown=app:app . /app
# collectstatic needs settings to load; the key below exists only during this build step.
RUN SECRET_KEY=collectstatic-only-build-key DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --no-input \
    && mkdir -p /app/media && chown app:app /app/media
USER app

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request; host = (os.environ.get('ALLOWED_HOSTS') or 'localhost').split(',')[0]; urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:%s/healthz' % os.environ['PORT'], headers={'Host': host, 'X-Forwarded-Proto': 'https'}), timeout=4)"
CMD ["sh", "-c", "exec gunicorn config.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY} --access-logfile -"]
