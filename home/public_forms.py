"""What every public form shares: the honeypot field robots fill in, reCAPTCHA's language names, and
the token that makes a form sent twice count once.

Surveys, listening-session registration, stories and the compact all use these (DESIGN.md: a
honeypot and django-ratelimit always, reCAPTCHA when keys are configured). The honeypot's markup is
``site/templates/components/honeypot.html``.
"""

import uuid

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


class SubmissionTokenMixin:
    """A token rendered with the form (hidden input ``submission_token``) and posted back with it.

    The service saves it with what the person sent, so a double click, a reload that re-posts, or a
    retry after a network error finds the first submission instead of making a second one.
    """

    def submission_token(self):
        """The posted token if it is well formed, else a new one (never an error to show)."""
        if self.is_bound:
            try:
                return uuid.UUID(str(self.data.get("submission_token", "")))
            except ValueError:
                pass
        if not hasattr(self, "_new_token"):
            self._new_token = uuid.uuid4()
        return self._new_token
