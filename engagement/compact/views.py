"""The compact on the public site: the page with its sign-on form, "check your e-mail", verification.

CompactPage routes to the first two (engagement/models/compact.py); verification has its own
address, ``/<lang>/compact/verify/<token>/`` (engagement/compact/urls.py), where a button confirms.
A link that was altered, has expired or was replaced by a newer one gets a page that says so (404),
never an error.
"""

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from django_ratelimit.core import is_ratelimited

from engagement.compact import services
from engagement.compact.forms import SignCompactForm
from home.public_forms import HONEYPOT_FIELD, recaptcha_language

# sign from one connection.
SIGN_RATE = "60/h"
TEMPLATE_DIR = "engagement/compact"


def compact_page(request, page):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    language = page.locale.language_code
    form = SignCompactForm(initial={"language": language, "kind": ""})
    if request.method == "POST":
        if is_ratelimited(request, group="compact-sign", key="ip", rate=SIGN_RATE, method="POST", increment=True):
            return import_string(settings.RATELIMIT_VIEW)(request)
        if request.POST.get(HONEYPOT_FIELD):
            # Filled in by a robot: it is answered like anyone, and nothing is kept.
            return _check_your_email_redirect(request, page)
        form = SignCompactForm(request.POST)
        if form.is_valid():
            services.sign(page, form.sign_on())
            return _check_your_email_redirect(request, page)
    context = {
        "page": page,
        "self": page,
        "form": form,
        "tally": services.tally(page),
        "honeypot_field": HONEYPOT_FIELD,
        "recaptcha_enabled": "captcha" in form.fields,
        "recaptcha_site_key": settings.RECAPTCHA_PUBLIC_KEY,
        "recaptcha_language": recaptcha_language(language),
    }
    response = render(request, f"{TEMPLATE_DIR}/compact_page.html", context)
    return _private(request, response)


def check_your_email(request, page):
    return render(request, f"{TEMPLATE_DIR}/check_your_email.html", {"page": page, "self": page})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request, token):
    """The link of the verification e-mail: a page with one button that confirms the signature.

    Confirming takes a POST, not the GET of the link itself: mail scanners that open every link in
    a message must not confirm a signature nobody meant to make.
    """
    try:
        if request.method == "POST":
            verification = services.verify(token)
        else:
            signature = services.signature_for_token(token)
            verification = services.Verification(signature, newly_verified=False) if signature.is_verified else None
    except services.InvalidLink:
        return render(
            request, f"{TEMPLATE_DIR}/invalid_link.html", {"page_title": _("This link is not valid")}, status=404
        )
    if verification is None:
        return render(
            request,
            f"{TEMPLATE_DIR}/confirm.html",
            {"page_title": _("Confirm your signature"), "signature": signature, "token": token},
        )
    signature = verification.signature
    page = _page_in_current_language(signature.compact_page)
    return render(
        request,
        f"{TEMPLATE_DIR}/verified.html",
        {
            "page_title": _("Your signature counts") if verification.newly_verified else _("Already confirmed"),
            "signature": signature,
            "newly_verified": verification.newly_verified,
            "compact_page": page,
            "tally": services.tally(page) if page else None,
        },
    )


def _page_in_current_language(page):
    """The compact in the language of the link, else the version the person signed."""
    if page is None:
        return None
    language = translation.get_language()
    translated = page.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
    if translated is not None:
        return translated.specific
    return page if page.live else None


def _check_your_email_redirect(request, page):
    return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("check_your_email"))


def _private(request, response):
    """Keep the page with its form out of the shared page cache: its count changes with every signature."""
    add_never_cache_headers(response)  # which also keeps it out of home.page_cache
    return response
