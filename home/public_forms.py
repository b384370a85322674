"""What every public form shares: the honeypot field robots fill in, and reCAPTCHA's language names.

Surveys, listening-session registration, stories and the compact all use these (DESIGN.md: a
honeypot and django-ratelimit always, reCAPTCHA when keys are configured). The honeypot's markup is
``site/templates/components/honeypot.html``.
"""

from django.utils.translation import gettext_lazy as _

# A field people never see (hidden by CSS, skipped by screen readers); a robot fills it in, and its
# submission is answered like any other and kept nowhere.
HONEYPOT_FIELD = "website"

# reCAPTCHA's names for the site's languages, where they differ (it has no Haitian Creole: English then).
RECAPTCHA_LANGUAGES = {"zh-hans": "zh-CN", "ht": "en"}


def recaptcha_language(language_code):
    return RECAPTCHA_LANGUAGES.get(language_code, language_code)


def recaptcha_field():
    """reCAPTCHA's "I'm not a robot" box with our own translated messages.

    Forms add it only when ``settings.RECAPTCHA_ENABLED`` (keys configured); imported here, not at the
    top, so that the site runs without django-recaptcha's settings in tests and the demo.
    """
    from django_recaptcha.fields import ReCaptchaField

    retry = _("We could not check that you are not a robot: try again.")
    return ReCaptchaField(
        error_messages={"required": _("Tick “I’m not a robot”."), "captcha_invalid": retry, "captcha_error": retry}
    )
