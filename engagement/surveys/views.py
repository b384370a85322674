"""Answering a survey: the steps of the form, the thank-you page, and a closed or answered survey.

SurveyPage routes to these (engagement/models/surveys.py). Every step is a POST that redirects to
the next one (so that reloading never sends it again); what a person answered on earlier steps is
kept in their session under the survey's key until the last step saves everything at once. The
session is never linked to the saved response, and is emptied once it is saved.
"""

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.datastructures import MultiValueDict
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from django_ratelimit.core import is_ratelimited

from home.public_forms import HONEYPOT_FIELD, recaptcha_language

from .forms import SurveyForm
from .services import (
    RECEIPT_COOKIE_MAX_AGE,
    AlreadyAnswered,
    InvitationUnavailable,
    ResponseMeta,
    has_answered,
    is_saved,
    new_receipt_token,
    receipt_cookie_name,
    receipt_digest,
    remember_browser,
    save_response,
)
from .structure import Step, evaluate, survey_steps

# Per IP address, for the rate check only (the address is never stored). A step counts as one
# request, and a whole class of families may answer over one school's connection.
SUBMIT_RATE = "120/h"
SESSION_KEY_PREFIX = "survey:"


def answer_survey(request, page):
    """The survey's form, one step at a time."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if not page.is_open():
        return _private(request, _render_closed(request, page))
    token = request.COOKIES.get(receipt_cookie_name(page))
    if request.method == "POST":
        if is_ratelimited(request, group="survey-answer", key="ip", rate=SUBMIT_RATE, method="POST", increment=True):
            return import_string(settings.RATELIMIT_VIEW)(request)
        flow = SurveyFlow(request, page)
        if request.POST.get(HONEYPOT_FIELD):
            # Filled in by a robot: it is thanked like anyone, and nothing is kept.
            flow.kept.clear()
            return _private(request, flow.redirect_to_thanks())
        if is_saved(request.POST.get("submission_token")):
            # The last step sent again (a double click) after its first copy was saved: thank
            # them as the first copy did, whether or not its cookie came back yet.
            return _private(request, flow.thank(token or new_receipt_token()))
        if has_answered(page, token):
            return _private(request, _render_already_answered(request, page))
        return _private(request, flow.post(token))
    if has_answered(page, token):
        return _private(request, _render_already_answered(request, page))
    return _private(request, SurveyFlow(request, page).get())


def survey_thanks(request, page):
    return render(request, "engagement/surveys/thanks.html", {"page": page, "self": page})


class KeptAnswers:
    """What a person posted on each step, kept in their session until the survey is sent."""

    def __init__(self, session, page):
        self.session = session
        self.key = f"{SESSION_KEY_PREFIX}{page.survey_key}"
        state = session.get(self.key)
        self.state = state if isinstance(state, dict) else {}

    def data(self, number):
        kept = self._steps().get(str(number))
        if not isinstance(kept, dict):
            return None
        return MultiValueDict(
            {str(name): [str(value) for value in values] for name, values in kept.items() if isinstance(values, list)}
        )

    def _steps(self):
        steps = self.state.get("steps")
        return steps if isinstance(steps, dict) else {}

    def keep(self, number, kept, current, sent_back=False):
        self.state["steps"] = {**self._steps(), str(number): kept}
        self.state["current"] = current
        self.state["sent_back"] = sent_back
        self.session[self.key] = self.state

    def take_sent_back(self):
        """Whether the person was just sent back to a step whose kept answers need fixing (once)."""
        if not self.state.get("sent_back"):
            return False
        self.state["sent_back"] = False
        self.session[self.key] = self.state
        return True

    @property
    def current(self):
        current = self.state.get("current")
        return current if isinstance(current, int) else None

    def clear(self):
        self.session.pop(self.key, None)


class SurveyFlow:
    """Which step a person is on, what they answered before it, and what the next step is."""

    def __init__(self, request, page):
        self.request = request
        self.page = page
        self.steps = survey_steps(page)
        self.first = self.steps[0].number
        # Shown when the last steps turn out to have nothing to ask (their questions' conditions
        # did not hold), to ask the contact details and send.
        self.send_step = Step(number=len(self.steps) + 1, title=_("Send your answers"))
        self.kept = KeptAnswers(request.session, page)

    # Requests

    def get(self):
        number = _as_int(self.request.GET.get("step")) or self.kept.current or self.first
        number = min(max(number, self.first), self.send_step.number)
        earlier = self.validate_before(number)
        # Sent back to an earlier step whose kept answers no longer pass (an invitation code used
        # meanwhile, a survey edited meanwhile): its errors say why.
        sent_back = self.kept.take_sent_back()
        if earlier.incomplete is not None:
            number, sent_back = earlier.incomplete, True
            earlier = self.validate_before(number)
        step = self.step(number)
        if step is not self.send_step and not self.could_show(step, earlier.answers, number):
            step = self.next_step(number, earlier.answers) or self.send_step
            earlier = self.validate_before(step.number)
        form = self.form(step, earlier, data=self.kept.data(step.number), show_errors=sent_back)
        return self.render(step, form, earlier)

    def post(self, token):
        request = self.request
        number = _as_int(request.POST.get("step"))
        if number is None or not self.first <= number <= self.send_step.number:
            return HttpResponseRedirect(self.page.get_url(request))
        earlier = self.validate_before(number)
        step = self.step(number)
        form = self.form(step, earlier, data=request.POST)
        if earlier.incomplete is not None:
            self.kept.keep(number, form.kept_data(), earlier.incomplete, sent_back=True)
            return self.redirect_to_step(earlier.incomplete)
        if request.POST.get("action") == "back":
            previous = self.previous_step(number, earlier.answers)
            self.kept.keep(number, form.kept_data(), previous.number if previous else number)
            return self.redirect_to_step(previous.number if previous else number)
        if not form.is_valid():
            return self.render(step, form, earlier, status=200)
        answers = {**earlier.answers, **form.answers}
        following = self.next_step(number, answers)
        if following is not None:
            self.kept.keep(number, form.kept_data(), following.number)
            return self.redirect_to_step(following.number)
        if "protection" not in form.parts:
            self.kept.keep(number, form.kept_data(), self.send_step.number)
            return self.redirect_to_step(self.send_step.number)
        return self.submit(form, answers, {**earlier.response_fields, **form.response_fields()}, token)

    def submit(self, form, answers, response_fields, token):
        token = token or new_receipt_token()
        meta = ResponseMeta(
            language=self.page.locale.language_code,
            submission_token=form.submission_token(),
            receipt_digest=receipt_digest(token, self.page.survey_key),
            **self.meta_fields(response_fields),
        )
        try:
            save_response(self.page, answers, meta)
        except AlreadyAnswered:
            self.kept.clear()
            return _render_already_answered(self.request, self.page)
        except InvitationUnavailable:
            form.add_error(
                None, _("Your invitation code has just been used, or is no longer valid. Check it on the first step.")
            )
            return self.render(form.step, form, form.earlier)
        return self.thank(token)

    def thank(self, token):
        """To the thank-you page, with the browser's receipt cookie (its digest is saved by now)."""
        self.kept.clear()
        remember_browser(self.page, receipt_digest(token, self.page.survey_key))
        response = self.redirect_to_thanks()
        response.set_cookie(
            receipt_cookie_name(self.page),
            token,
            max_age=RECEIPT_COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
        return response

    def meta_fields(self, response_fields):
        fields = dict(response_fields)
        if self.page.audience_mode == self.page.AudienceMode.FIXED:
            fields["audience"] = self.page.fixed_audience
        return fields

    # Steps

    def step(self, number):
        return next((step for step in self.steps if step.number == number), self.send_step)

    def form(self, step, earlier, data=None, show_errors=True):
        parts = set()
        if step.number == self.first:
            parts.add("about")
        if step is self.send_step or self.is_last(step, earlier.answers):
            parts |= {"contact", "protection"}
        form = SurveyForm(
            self.page,
            self.steps + [self.send_step],
            [step.number],
            earlier_answers=earlier.answers,
            data=data,
            parts=parts,
            show_errors=show_errors,
        )
        form.step, form.earlier = step, earlier
        return form

    def could_show(self, step, answers, current):
        """Whether ``step`` may show something, the answers of steps from ``current`` on being unknown."""
        if step is self.send_step:
            return True
        pending = {question.block_id for other in self.steps if other.number >= current for question in other.questions}
        known = {block_id: answer for block_id, answer in answers.items() if block_id not in pending}
        items = [item for other in self.steps if other.number <= step.number for item in other.items]
        shown = evaluate(items, known, pending=pending)
        return any(item in shown for item in step.items)

    def is_last(self, step, answers):
        return not any(
            self.could_show(later, answers, step.number) for later in self.steps if later.number > step.number
        )

    def next_step(self, number, answers):
        return next(
            (step for step in self.steps if step.number > number and self.could_show(step, answers, step.number)), None
        )

    def previous_step(self, number, answers):
        earlier = [step for step in self.steps if step.number < number and self.could_show(step, answers, step.number)]
        return earlier[-1] if earlier else None

    def visible_steps(self, step, answers):
        """The steps the progress indicator counts: those shown so far and those that may still be."""
        steps = [other for other in self.steps if self.could_show(other, answers, step.number)]
        if step is self.send_step:
            steps.append(self.send_step)
        return steps

    def validate_before(self, number):
        """The answers of the steps before ``number`` as kept in the session, checked again."""
        earlier = Earlier()
        for step in self.steps:
            if step.number >= number:
                break
            if not self.could_show(step, earlier.answers, step.number):
                continue
            data = self.kept.data(step.number)
            form = self.form(step, earlier, data=data)
            if data is None or not form.is_valid():
                earlier.incomplete = step.number
                return earlier
            earlier.answers.update(form.answers)
            earlier.response_fields.update(form.response_fields())
        return earlier

    # Responses

    def render(self, step, form, earlier, status=200):
        visible = self.visible_steps(step, earlier.answers)
        position = next((index for index, other in enumerate(visible, start=1) if other is step), len(visible))
        previous = self.previous_step(step.number, earlier.answers)
        context = {
            "page": self.page,
            "self": self.page,
            "form": form,
            "groups": form.groups(),
            "error_summary": form.error_summary(),
            "step": step,
            "position": position,
            "total": len(visible),
            "has_previous": previous is not None,
            "is_last": "protection" in form.parts,
            "submission_token": form.submission_token(),
            "honeypot_field": HONEYPOT_FIELD,
            "recaptcha_enabled": "captcha" in form.fields,
            "recaptcha_site_key": settings.RECAPTCHA_PUBLIC_KEY,
            "recaptcha_language": recaptcha_language(self.page.locale.language_code),
            "captcha_errors": form.field_errors("captcha"),
        }
        return render(self.request, "engagement/surveys/survey_page.html", context, status=status)

    def redirect_to_step(self, number):
        return HttpResponseRedirect(f"{self.page.get_url(self.request)}?step={number}")

    def redirect_to_thanks(self):
        return HttpResponseRedirect(self.page.get_url(self.request) + self.page.reverse_subpage("thanks"))


class Earlier:
    """The answers and response fields of the steps before one, and the first one not yet complete."""

    def __init__(self):
        self.answers = {}
        self.response_fields = {}
        self.incomplete = None


def _as_int(value):
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 1000 else None


def _render_closed(request, page):
    return render(request, "engagement/surveys/closed.html", {"page": page, "self": page})


def _render_already_answered(request, page):
    return render(request, "engagement/surveys/already_answered.html", {"page": page, "self": page})


def _private(request, response):
    """Keep this response out of the shared page cache and the browser's: it depends on the visitor
    (their session, their receipt cookie) or on the time (a survey opening or closing)."""
    add_never_cache_headers(response)  # which also keeps it out of home.page_cache
    return response
