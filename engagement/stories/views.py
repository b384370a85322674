"""Personal stories on the public site: the story form, its thank-you page, and a theme's page.

The form is open to everyone, signed in or not. A robot that fills in the honeypot is thanked and
nothing is kept; the rate limit counts posts per IP address (never stored); reCAPTCHA is added when
its keys are set. A valid story is saved in one transaction, and a second click finds the first copy.
"""

import uuid

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.models import Locale

from django_ratelimit.core import is_ratelimited

from engagement.models.stories import StoryIndexPage, YouSaidWeProposedPage
from home.public_forms import HONEYPOT_FIELD, recaptcha_language

from . import services
from .forms import StorySubmissionForm
from .listing import is_slug
from .overview import theme_overview

# Per IP address: a family may send a few stories, a script may not send hundreds.
SUBMIT_RATE = "20/h"


def _locale():
    return Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()


def _story_index(locale):
    return StoryIndexPage.objects.live().public().filter(locale=locale).first()


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def tell_your_story(request):
    language = get_language()
    form = StorySubmissionForm(language=language, initial={"submission_token": uuid.uuid4()})
    if request.method == "POST":
        if is_ratelimited(request, group="story-submit", key="ip", rate=SUBMIT_RATE, method="POST", increment=True):
            return import_string(settings.RATELIMIT_VIEW)(request)
        if request.POST.get(HONEYPOT_FIELD):
            return redirect("stories:thanks")
        form = StorySubmissionForm(request.POST, request.FILES, language=language)
        if form.is_valid():
            services.submit_story(form, user=request.user)
            return redirect("stories:thanks")
    return render(
        request,
        "engagement/stories/story_form.html",
        {
            "form": form,
            "page_title": _("Tell your story"),
            "honeypot_field": HONEYPOT_FIELD,
            "recaptcha_enabled": "captcha" in form.fields,
            "recaptcha_site_key": settings.RECAPTCHA_PUBLIC_KEY,
            "recaptcha_language": recaptcha_language(language),
            "story_index": _story_index(_locale()),
        },
    )


@require_GET
def thanks(request):
    return render(
        request,
        "engagement/stories/thanks.html",
        {"page_title": _("Thank you for your story"), "story_index": _story_index(_locale())},
    )


@require_GET
def theme(request, slug):
    if not is_slug(slug[:80]):
        raise Http404
    locale = _locale()
    summaries = theme_overview(locale, slug=slug[:80], quotes=None, stories=None)
    if not summaries:
        raise Http404
    summary = summaries[0]
    return render(
        request,
        "engagement/stories/theme.html",
        {
            "page_title": summary.theme.name,
            "summary": summary,
            "story_index": _story_index(locale),
            "you_said_page": YouSaidWeProposedPage.objects.live().public().filter(locale=locale).first(),
        },
    )
