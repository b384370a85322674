"""Production: secrets are required, HTTPS is enforced, static files are compressed and hashed."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int

from .base import *  # noqa: F403
from .base import SECRET_KEY, TASKS_BACKEND

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production needs a long random secret key in the SECRET_KEY "
        "environment variable (for example: python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

DEBUG = False

# HTTPS. The app runs behind a load balancer that terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# PDFs, e-mail and reminders run in `manage.py db_worker` processes, not in the request.
TASKS = {"default": {"BACKEND": TASKS_BACKEND or "django_tasks_db.DatabaseBackend"}}
