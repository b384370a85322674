"""Local development: debug on, e-mail printed to the console, a fixed insecure key."""

from config.env import env_str

from .base import *  # noqa: F403
from .base import EMAIL_BACKEND, SECRET_KEY

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production-0123456789"
if EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend" and not env_str("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
