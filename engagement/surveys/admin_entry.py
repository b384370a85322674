"""Staff entering paper, phone and in-person answers on someone's behalf (admin views).

One page with every question of the survey, checked by the same form as the public one
(engagement/surveys/forms.py) and saved by the same service. The response is marked with how it
came in and who typed it; no receipt cookie is set and no one-per-browser check applies, since one
staff member enters many people's answers. The survey's dates do not apply either: paper forms
collected before the close are often typed in after it.

Open to users with the ``engagement.add_surveyresponse`` permission (Organizers, home.roles).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from engagement.models import SurveyPage

from .forms import SurveyForm
from .services import InvitationUnavailable, ResponseMeta, save_response
from .structure import survey_steps

ENTRY_PERMISSION = "engagement.add_surveyresponse"
URL_NAME = "survey_enter_response"


def can_enter_responses(user):
    return user.has_perm(ENTRY_PERMISSION)


class EnterResponseView(WagtailAdminTemplateMixin, View):
    """Type in one person's answers to a survey; after saving, an empty form for the next one."""

    template_name = "engagement/surveys/admin/enter_response.html"
    page_title = gettext_lazy("Enter a paper or phone response")
    header_icon = "form"

    def dispatch(self, request, page_id):
        if not can_enter_responses(request.user):
            raise PermissionDenied
        self.page = get_object_or_404(SurveyPage, pk=page_id)
        self.steps = survey_steps(self.page)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]), "label": _("Surveys")},
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.page.title},
            {"url": "", "label": self.page_title},
        ]

    def form(self, data=None):
        return SurveyForm(
            self.page,
            self.steps,
            [step.number for step in self.steps],
            data=data,
            parts={"staff", "about", "contact", "protection"},
        )

    def get(self, request, page_id):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, page_id):
        form = self.form(data=request.POST)
        if form.is_valid():
            fields = form.response_fields()
            language = fields.pop("language")
            if self.page.audience_mode == SurveyPage.AudienceMode.FIXED:
                fields["audience"] = self.page.fixed_audience
            version = self.language_version(language)
            meta = ResponseMeta(
                language=language, submission_token=form.submission_token(), entered_by=request.user, **fields
            )
            try:
                result = save_response(version, form.answers, meta)
            except InvitationUnavailable:
                form.add_error("invitation_code", _("This code is not valid for this survey, or it has been used."))
            else:
                if result.created:
                    messages.success(request, _("The response is saved. The form is empty for the next one."))
                else:
                    messages.info(request, _("This response was already saved; it was not counted twice."))
                return HttpResponseRedirect(reverse(URL_NAME, args=[self.page.pk]))
        messages.error(request, _("The response could not be saved: please check the answers marked below."))
        return self.render_to_response(self.get_context_data(form=form), status=200)

    def language_version(self, language_code):
        """The survey in the language the person answered in, if it is translated into it."""
        translation = self.page.get_translations(inclusive=True).filter(locale__language_code=language_code).first()
        return translation.specific if translation else self.page

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs["form"]
        context.update(
            page=self.page,
            groups=form.groups(),
            error_summary=form.error_summary(),
            staff_fields=form.staff(),
            submission_token=form.submission_token(),
        )
        return context


@hooks.register("register_admin_urls")
def register_entry_urls():
    return [path("surveys/<int:page_id>/enter-response/", EnterResponseView.as_view(), name=URL_NAME)]


def _entry_button(page, user, priority):
    if issubclass(page.specific_class or type(page), SurveyPage) and can_enter_responses(user):
        yield Button(
            _("Enter a paper or phone response"),
            reverse(URL_NAME, args=[page.pk]),
            icon_name="form",
            priority=priority,
        )


@hooks.register("register_page_listing_more_buttons")
def survey_entry_listing_button(page, user, next_url=None):
    yield from _entry_button(page, user, priority=45)


@hooks.register("register_page_header_buttons")
def survey_entry_header_button(page, user, view_name=None, next_url=None):
    yield from _entry_button(page, user, priority=55)
