"""The compact's e-mails, in the language the signer signed in.

Signers need no account, so unlike ``engagement.mentoring.emails`` these go to the address on the
signature. Each message is a pair of templates under ``engagement/compact/emails/``:
``<name>_subject.txt`` and ``<name>_body.txt``, rendered with the signer's language active so that
``{% translate %}`` and ``{% url %}`` (``/es/compact/verify/...``) follow it.
"""

from django.urls import reverse
from django.utils import translation

from engagement.compact.services import VERIFICATION_MAX_AGE, make_token
from home.emails import send_in_language, site_url, supported_language

TEMPLATE_DIR = "engagement/compact/emails"


def _send(signature, name, context, language=None):
    context = {**context, "signature": signature, "page_url": _page_url(signature.compact_page, site_url())}
    send_in_language(language or signature.language, signature.email, TEMPLATE_DIR, name, context)


def _page_url(page, base_url):
    if page is None:
        return ""
    url = page.get_url()
    return url if url.startswith("http") else f"{base_url}{url}"


def verification(signature):
    with translation.override(supported_language(signature.language)):
        path = reverse("compact:verify", args=[make_token(signature)])
    _send(
        signature,
        "verification",
        {"verify_url": site_url() + path, "days": VERIFICATION_MAX_AGE.days},
    )


def already_signed(signature, language):
    """Someone signed again with an address whose signature already counts: say so, in the new language."""
    _send(signature, "already_signed", {}, language=language)
