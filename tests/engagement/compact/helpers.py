"""Small helpers the compact's tests share: signing on the page, reading the link from the e-mail."""

import re

from django.core import mail

LINK = re.compile(r"https?://[^/\s]+(/[\w-]+/compact/verify/[^/\s]+/)")


def sign_data(**fields):
    data = {
        "kind": "individual",
        "name": "Lucía Gómez",
        "email": "lucia@example.org",
        "neighbourhood": "Eastgate",
        "language": "es",
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def organisation_data(**fields):
    return sign_data(
        kind="organisation",
        organisation_name="Padres Unidos de Eastgate",
        name="Ana Ruiz",
        email="ana@padres.example.org",
        list_organisation="on",
        **fields,
    )


def verification_path(message=None):
    """The path of the verification link in ``message`` (the last e-mail sent by default)."""
    message = message or mail.outbox[-1]
    return LINK.search(message.body).group(1)
