"""Certificate codes: signed, so a made-up or altered code is refused before the database is asked.

A code is the certificate's number (a random UUID, hex) and an HMAC of it with the site's secret
key (``django.core.signing``), joined by a dot. Verification checks the signature, then looks the
number up: a code with a good signature whose certificate was revoked or deleted is refused too.
"""

import uuid

from django.core import signing

from learning.models.catalog import Certificate

SALT = "learning.catalog.certificate"
# Not in the URL-safe base64 alphabet of the signature, so it splits a code unambiguously.
SEPARATOR = "."
MAX_CODE_LENGTH = 120


def _signer():
    return signing.Signer(salt=SALT, sep=SEPARATOR)


def sign_code(number):
    return _signer().sign(uuid.UUID(str(number)).hex)


def certificate_for_code(code):
    """The valid certificate ``code`` names, or None (bad signature, unknown, revoked, or garbage)."""
    if not isinstance(code, str) or len(code) > MAX_CODE_LENGTH:
        return None
    try:
        number = uuid.UUID(hex=_signer().unsign(code.strip()))
    except (signing.BadSignature, ValueError):
        return None
    return (
        Certificate.objects.filter(number=number, revoked=False)
        .select_related("enrolment__educator", "enrolment__offering")
        .first()
    )
