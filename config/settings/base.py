"""Settings shared by every environment.

Every environment variable the project reads is read here, through ``config.env``; the other
settings modules only change defaults. README.md has the table of variables.
"""

from pathlib import Path

from django.conf.locale import LANG_INFO

import dj_database_url

from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Core
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "home.User"
SITE_ID = 1

# Applications
INSTALLED_APPS = [
    "home",
    "proposals",
    "engagement",
    "learning",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "home.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the user, the session and the messages of the request.
    "home.page_cache.AnonymousPageCacheMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite unless DATABASE_URL says otherwise (PostgreSQL in CI and production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}

# Cache: local memory unless REDIS_URL is set (shared by every app server).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "commongood",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long an anonymous visitor's copy of a page may be served from the cache; publishing clears it.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# Background work: tasks run in the request by default; production runs django-tasks-db workers.
TASKS_BACKEND = env_str("TASKS_BACKEND")
TASKS = {"default": {"BACKEND": TASKS_BACKEND or "django_tasks.backends.immediate.ImmediateBackend"}}

# Languages. Adding a language takes one entry in LANGUAGES (plus LANG_INFO when Django does not
# know it) and one catalog in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("ht", "Kreyòl ayisyen"),
    ("pt", "Português"),
    ("vi", "Tiếng Việt"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
]
EXTRA_LANG_INFO = {
    "ht": {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
}
for _code, _info in EXTRA_LANG_INFO.items():
    LANG_INFO.setdefault(_code, _info)
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
WAGTAIL_I18N_ENABLED = True
# Machine translation stays off: no translation service is reachable from here. To plug one in,
# set e.g. {"CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
# "OPTIONS": {"AUTH_KEY": "..."}} and translators get a "Translate automatically" button.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    # Object storage (S3 and the like) is a matter of pointing MEDIA_STORAGE_BACKEND at a
    # django-storages class; its own settings come from its own environment variables.
    "default": {"BACKEND": env_str("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Common Good <noreply@commongood.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Spam: reCAPTCHA is switched on by its keys; the honeypot and rate limits are always on.
RECAPTCHA_PUBLIC_KEY = env_str("RECAPTCHA_PUBLIC_KEY")
RECAPTCHA_PRIVATE_KEY = env_str("RECAPTCHA_PRIVATE_KEY")
RECAPTCHA_ENABLED = bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY)
if RECAPTCHA_ENABLED:
    INSTALLED_APPS.append("django_recaptcha")
RATELIMIT_VIEW = "home.views.rate_limited"

# Accounts (django-allauth): e-mail is the login; verified before first sign-in.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "home.accounts.AccountAdapter"
# Sign-up also asks for the name and the role (member, educator, retiree).
ACCOUNT_SIGNUP_FORM_CLASS = "home.forms.SignupForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Common Good] "
LOGIN_URL = "account_login"
# Pages restricted to signed-in people or to groups send visitors to the same sign-in page.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Demo content: the password `load_demo_content` gives the admin account it creates.
DEMO_ADMIN_PASSWORD = env_str("DEMO_ADMIN_PASSWORD", "commongood-demo")

# Survey exports: an XLSX of more responses than this is built in the background (a large one takes
# longer than a web worker may) and e-mailed about; the files are deleted after SURVEY_EXPORT_KEEP_DAYS
# by `manage.py delete_expired_survey_exports`.
SURVEY_EXPORT_BACKGROUND_ROWS = env_int("SURVEY_EXPORT_BACKGROUND_ROWS", 5000)
SURVEY_EXPORT_KEEP_DAYS = env_int("SURVEY_EXPORT_KEEP_DAYS", 7)

# Action Team network: how many co-workers each captain keeps in touch with (balancing fills lists up to it).
ACTION_TEAM_LIST_SIZE = 10

# Personal stories: the largest photo a visitor may send with a story (any phone picture fits).
STORY_PHOTO_MAX_BYTES = 8 * 1024 * 1024

# Professional learning (learning.catalog): Massachusetts licence renewal asks 150 PDPs every five
# years; an educator's own cycle start can be set in the admin. Other credit types count as PDPs at the
# state's rates (one clock hour = 1 PDP, one graduate credit = 22.5 PDPs).
LEARNING_CREDIT_TARGET_POINTS = 150
LEARNING_RENEWAL_CYCLE_YEARS = 5
LEARNING_POINTS_PER_CREDIT = {"pdp": "1", "hours": "1", "graduate": "22.5"}

# Wagtail
WAGTAIL_SITE_NAME = "Common Good"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Security headers. Pages may not be framed (Wagtail's preview views allow their own origin), and
# the Content-Security-Policy says the same to browsers that read frame-ancestors instead.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/"],
        # Wagtail's admin sets style attributes from its scripts.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
            "https://www.google.com/recaptcha/",
        ],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

# Logging: everything to the console; the platform collects it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint reports every step of every PDF at INFO.
    "loggers": {"weasyprint": {"level": "WARNING"}},
}
