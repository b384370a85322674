"""E-mail to a person, in that person's language (DESIGN.md: "E-mail to a person is in that person's language").

Every message is a pair of templates, ``<template_dir>/<name>_subject.txt`` (one line) and
``<template_dir>/<name>_body.txt``, rendered with the recipient's language active, so that
``{% translate %}`` and ``{% url %}`` (whose links carry the language: /pt/mentoring/...) follow it.
Features call these after the change a message reports has been committed.
"""

from django.conf import settings
from django.core import mail
from django.template.loader import render_to_string
from django.utils import translation

from home.localization import language_of


def site_url():
    """The site's address without a trailing slash, for links in messages."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def supported_language(code):
    """``code`` when the site speaks it, else the default language."""
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render_message(template_dir, name, context):
    """The (subject, body) of message ``name`` in the active language."""
    context = {"site_url": site_url(), **context}
    subject = " ".join(render_to_string(f"{template_dir}/{name}_subject.txt", context).split())
    body = render_to_string(f"{template_dir}/{name}_body.txt", context)
    return subject, body


def send_in_language(language, address, template_dir, name, context):
    """Send message ``name`` to ``address`` in ``language`` (someone without an account)."""
    with translation.override(supported_language(language)):
        subject, body = render_message(template_dir, name, context)
    mail.send_mail(subject, body, None, [address])
    return True


def send_to_user(user, template_dir, name, context):
    """Send message ``name`` to ``user`` in their language; nobody to write to is not an error."""
    if user is None or not user.is_active or not user.email:
        return False
    return send_in_language(language_of(user), user.email, template_dir, name, {**context, "recipient": user})
