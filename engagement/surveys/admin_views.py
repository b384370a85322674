"""Admin views of survey results: the list of surveys, results with filters, exports, open answers
with theme tags, invitation codes and the people who asked to be contacted.

Every view checks its permission on the server (engagement.surveys.permissions) and answers 403
to staff without it; Wagtail sends anyone without admin access to the login page first.
"""

import secrets

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views import View
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from engagement.models import (
    InvitationCode,
    SurveyAnswer,
    SurveyExportFile,
    SurveyExportStatus,
    SurveyPage,
    SurveyResponse,
    Theme,
)
from engagement.surveys import background_exports, exports, permissions
from engagement.surveys.report_pdf import report_language, results_pdf
from engagement.surveys.results import ResultsFilterForm, language_name, survey_results, survey_versions
from home.audit import log_personal_data_view
from home.csv_export import csv_response
from home.query import query_text

URL_NAMESPACE = "survey_results"
OPEN_ANSWERS_PER_PAGE = 50
CONTACTS_PER_PAGE = 50
CODES_PER_PAGE = 100
MAX_CODES_AT_ONCE = 500
MAX_CODES_PRINTED = 1000
# No 0/O, 1/I/L: codes are read off paper and typed in.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def forbidden(request):
    return permission_denied(request, exception=None)


def source_survey(page_id):
    """The survey (its source-language version) for any of its language versions' ids."""
    page = get_object_or_404(SurveyPage.objects.select_related("locale"), pk=page_id)
    source, _translated = survey_versions(page, settings.LANGUAGE_CODE)
    return source


class SurveyAdminView(WagtailAdminTemplateMixin, TemplateView):
    """The common ground: a permission, the survey of the URL and breadcrumbs to it."""

    header_icon = "table"
    allowed = staticmethod(permissions.can_view_results)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            return forbidden(request)
        self.survey = source_survey(kwargs["page_id"]) if "page_id" in kwargs else None
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.survey.title if self.survey else ""

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": url("index"), "label": _("Surveys")}]
        if self.survey:
            items.append({"url": url("results", self.survey.pk), "label": self.survey.title})
        return [*items, {"url": "", "label": self.get_page_title()}]


class SurveyListView(SurveyAdminView):
    """Every survey (once, in its source language) with its responses so far."""

    template_name = "engagement/surveys/results/admin/survey_list.html"
    page_title = gettext_lazy("Surveys")
    allowed = staticmethod(permissions.can_use_survey_admin)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = {}
        for page in SurveyPage.objects.select_related("locale").order_by("-first_published_at", "-pk"):
            versions.setdefault(page.translation_key, []).append(page)
        counts = {
            row["survey_key"]: row
            for row in SurveyResponse.objects.values("survey_key")
            .annotate(count=Count("*"), last=Max("submitted_at"))
            .order_by()
        }
        surveys = []
        for key, pages in versions.items():
            source = next((p for p in pages if p.locale.language_code == settings.LANGUAGE_CODE), pages[0])
            row = counts.get(key, {})
            surveys.append(
                {
                    "page": source,
                    "languages": sorted((language_name(p.locale.language_code) for p in pages), key=str),
                    "responses": row.get("count", 0),
                    "last_response": row.get("last"),
                }
            )
        context.update(
            {
                "surveys": surveys,
                "can_view_results": permissions.can_view_results(self.request.user),
                "can_view_invitations": permissions.can_view_invitations(self.request.user),
            }
        )
        return context


class ResultsView(SurveyAdminView):
    """Charts and tables of every question, with filters, counts by language and school."""

    template_name = "engagement/surveys/results/admin/results.html"
    page_title = gettext_lazy("Results")

    def get(self, request, *args, **kwargs):
        self.filter_form = ResultsFilterForm(request.GET or None)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        results = survey_results(self.survey, self.filter_form.filters(), get_language())
        query = self.filter_form.query_string()
        context.update(
            {
                "survey": self.survey,
                "results": results,
                "filter_form": self.filter_form,
                "query": query,
                "filter_params": list(QueryDict(query).items()),
                "report_languages": [(code, language_name(code)) for code, _name in settings.LANGUAGES],
                "report_language": report_language(user),
                "can_see_contact_details": permissions.can_see_contact_details(user),
                "can_view_invitations": permissions.can_view_invitations(user),
                "can_tag_answers": permissions.can_tag_answers(user),
            }
        )
        return context


def _filters_or_redirect(request, survey):
    """The filters of an export; with a bad value, back to the results page that shows the error."""
    form = ResultsFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return None, redirect(f"{url('results', survey.pk)}?{request.GET.urlencode()}")
    return form.filters(), None


def export_view(kind):
    def view(request, page_id):
        if not permissions.can_view_results(request.user):
            return forbidden(request)
        survey = source_survey(page_id)
        filters, bad_filters = _filters_or_redirect(request, survey)
        if bad_filters:
            return bad_filters
        include_contact = permissions.can_see_contact_details(request.user) and survey.collect_contact
        if kind == "xlsx":
            count = background_exports.response_count(survey, filters)
            if background_exports.runs_in_background(count):
                return _export_in_background(request, survey, include_contact, count)
        if include_contact:
            log_personal_data_view(request.user, survey, what="contact details in a survey export")
        export = exports.SurveyExport(survey, filters, include_contact=include_contact)
        return csv_response(export) if kind == "csv" else exports.xlsx_response(export)

    view.__name__ = f"export_{kind}"
    return view


export_csv = export_view("csv")
export_xlsx = export_view("xlsx")


def _export_in_background(request, survey, include_contact, count):
    """A workbook too large to write within a request: queued, and the requester sent to their exports.

    The audit entry for contact details is written when the file is downloaded, not here.
    """
    filters = background_exports.stored_filters(request.GET)
    _export, queued = background_exports.request_export(
        request.user, survey, filters, include_contact=include_contact, count=count
    )
    if queued:
        messages.success(request, _("Your export is being prepared. We will e-mail you when it is ready."))
    else:
        messages.info(request, _("This export is already being prepared. We will e-mail you when it is ready."))
    return redirect(url("exports"))


class ExportListView(SurveyAdminView):
    """The XLSX exports the signed-in staff member asked for, newest first, with their files."""

    template_name = "engagement/surveys/results/admin/exports.html"
    page_title = gettext_lazy("Your survey exports")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        export_list = list(SurveyExportFile.objects.filter(requested_by=self.request.user).select_related("survey"))
        described = background_exports.described_filters(export_list)
        context.update(
            {
                "rows": [{"export": export, "filters": described[export.pk]} for export in export_list],
                "keep_days": settings.SURVEY_EXPORT_KEEP_DAYS,
                "background_from": settings.SURVEY_EXPORT_BACKGROUND_ROWS,
            }
        )
        return context


def download_export(request, pk):
    """The file of an export, to the person who asked for it only: it may hold contact details."""
    user = request.user
    if not permissions.can_view_results(user):
        return forbidden(request)
    export = get_object_or_404(
        SurveyExportFile.objects.select_related("survey"),
        pk=pk,
        requested_by=user,
        status=SurveyExportStatus.READY,
    )
    if export.include_contact and not permissions.can_see_contact_details(user):
        return forbidden(request)
    try:
        opened = export.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    if export.include_contact:
        log_personal_data_view(user, export.survey or export, what="contact details in a survey export")
    response = FileResponse(
        opened,
        as_attachment=True,
        filename=background_exports.download_filename(export),
        content_type=exports.XLSX_CONTENT_TYPE,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def report_pdf(request, page_id):
    if not permissions.can_view_results(request.user):
        return forbidden(request)
    survey = source_survey(page_id)
    filters, bad_filters = _filters_or_redirect(request, survey)
    if bad_filters:
        return bad_filters
    language = report_language(request.user, request.GET.get("lang", ""))
    pdf = results_pdf(survey, filters, language)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{survey.slug}-results-{language}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Open answers and their themes


def theme_choices(language):
    """(source theme, name in ``language``) for every theme; tags are kept on the source theme."""
    themes = list(Theme.objects.select_related("locale").order_by("name"))
    names = {t.translation_key: t.name for t in themes if t.locale.language_code == language}
    sources = {}
    for theme in themes:
        if theme.locale.language_code == settings.LANGUAGE_CODE or theme.translation_key not in sources:
            sources[theme.translation_key] = theme
    return sorted(
        ((theme, names.get(theme.translation_key, theme.name)) for theme in sources.values()),
        key=lambda pair: pair[1].casefold(),
    )


class OpenAnswersView(SurveyAdminView):
    """One question's open answers ("other" texts too), a page at a time, with their themes."""

    template_name = "engagement/surveys/results/admin/open_answers.html"
    page_title = gettext_lazy("Open answers")

    def get(self, request, *args, **kwargs):
        self.question = next(
            (child for child in self.survey.question_blocks() if child.id == kwargs["question_id"]), None
        )
        if self.question is None:
            raise Http404
        self.filter_form = ResultsFilterForm(request.GET or None)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = get_language()
        filters = self.filter_form.filters()
        answers = filters.apply_to_answers(
            SurveyAnswer.objects.filter(survey_key=self.survey.translation_key, question_id=self.question.id)
        ).exclude(text="")
        paginator = Paginator(
            answers.select_related("response").prefetch_related("themes").order_by("-response__submitted_at", "-pk"),
            OPEN_ANSWERS_PER_PAGE,
        )
        page = paginator.get_page(self.request.GET.get("p"))
        choices = theme_choices(language)
        names = {theme.translation_key: name for theme, name in choices}
        theme_counts = (
            Theme.objects.filter(survey_answers__in=answers).values("translation_key").annotate(count=Count("*"))
        )
        counted = sorted(
            ((names.get(row["translation_key"], "?"), row["count"]) for row in theme_counts.order_by()),
            key=lambda pair: -pair[1],
        )
        rows = []
        for answer in page.object_list:
            tagged = {theme.translation_key for theme in answer.themes.all()}
            rows.append(
                {
                    "answer": answer,
                    "language": language_name(answer.response.language),
                    "themes": [(theme, name) for theme, name in choices if theme.translation_key in tagged],
                    "untagged": [(theme, name) for theme, name in choices if theme.translation_key not in tagged],
                }
            )
        query = self.filter_form.query_string()
        context.update(
            {
                "survey": self.survey,
                "question": self.question.value,
                "question_id": self.question.id,
                "rows": rows,
                "answers_page": page,
                "theme_counts": counted,
                "filter_form": self.filter_form,
                "query": query,
                "can_tag_answers": permissions.can_tag_answers(self.request.user),
                "themes_exist": bool(choices),
                "here": self.request.get_full_path(),
            }
        )
        return context


class TagAnswerForm(forms.Form):
    theme = forms.ModelChoiceField(queryset=Theme.objects.all())
    action = forms.ChoiceField(choices=[("add", "add"), ("remove", "remove")])


class TagAnswerView(View):
    """Add a theme to an open answer, or take it off (a small form per answer; works without JS)."""

    def post(self, request, page_id, answer_id):
        if not permissions.can_tag_answers(request.user):
            return forbidden(request)
        survey = source_survey(page_id)
        answer = get_object_or_404(SurveyAnswer, pk=answer_id, survey_key=survey.translation_key)
        form = TagAnswerForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest(_("Choose one of the themes."))
        theme = form.cleaned_data["theme"]
        # Tags are kept on the theme in the source language, so they count across languages.
        source_theme = (
            Theme.objects.filter(
                translation_key=theme.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or theme
        )
        same_theme = Theme.objects.filter(translation_key=theme.translation_key)
        if form.cleaned_data["action"] == "add":
            answer.themes.add(source_theme)
            messages.success(request, _("Tagged with “%(theme)s”.") % {"theme": theme.name})
        else:
            answer.themes.remove(*same_theme)
            messages.success(request, _("“%(theme)s” taken off.") % {"theme": theme.name})
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = url("open_answers", survey.pk, answer.question_id)
        return redirect(back)


# Invitation codes


class GenerateCodesForm(forms.Form):
    count = forms.IntegerField(
        label=gettext_lazy("How many codes"), min_value=1, max_value=MAX_CODES_AT_ONCE, initial=20
    )
    label = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=120,
        help_text=gettext_lazy("For staff: who the codes are for, or which batch (“North High, 9th grade”)."),
    )


def new_codes(count):
    return {"".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH)) for _n in range(count)}


def generate_codes(survey, count, label=""):
    """Make ``count`` new unused codes for the survey; a code taken already is drawn again."""
    made = []
    while len(made) < count:
        wanted = new_codes(count - len(made))
        taken = set(InvitationCode.objects.filter(code__in=wanted).values_list("code", flat=True))
        batch = [InvitationCode(survey_key=survey.translation_key, code=code, label=label) for code in wanted - taken]
        try:
            with transaction.atomic():
                InvitationCode.objects.bulk_create(batch)
        except IntegrityError:
            continue  # another request took one of them in between: draw again
        made += batch
    return made


class InvitationCodesView(SurveyAdminView):
    """The survey's invitation codes, and a form to make more."""

    template_name = "engagement/surveys/results/admin/invitation_codes.html"
    page_title = gettext_lazy("Invitation codes")
    allowed = staticmethod(permissions.can_view_invitations)

    def post(self, request, *args, **kwargs):
        if not permissions.can_add_invitations(request.user):
            return forbidden(request)
        form = GenerateCodesForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        made = generate_codes(self.survey, form.cleaned_data["count"], form.cleaned_data["label"])
        messages.success(
            request,
            ngettext("%(count)s code made.", "%(count)s codes made.", len(made)) % {"count": len(made)},
        )
        return redirect(url("invitations", self.survey.pk))

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        codes = InvitationCode.objects.filter(survey_key=self.survey.translation_key)
        totals = codes.aggregate(
            total=Count("*"),
            used=Count("pk", filter=Q(used_at__isnull=False)),
            unused=Count("pk", filter=Q(used_at__isnull=True)),
        )
        batches = codes.filter(used_at__isnull=True).values("label").annotate(count=Count("*")).order_by("label")
        context.update(
            {
                "survey": self.survey,
                "codes": Paginator(codes.order_by("-created_at", "code"), CODES_PER_PAGE).get_page(
                    self.request.GET.get("p")
                ),
                "totals": totals,
                "batches": batches,
                "form": form or GenerateCodesForm(),
                "can_add": permissions.can_add_invitations(self.request.user),
                "languages": [(code, language_name(code)) for code, _name in settings.LANGUAGES],
            }
        )
        return context


def print_codes(request, page_id):
    """A page of unused codes to print and cut into slips: the survey's title, its address, a code."""
    if not permissions.can_view_invitations(request.user):
        return forbidden(request)
    survey = source_survey(page_id)
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if language not in {code for code, _name in settings.LANGUAGES}:
        language = settings.LANGUAGE_CODE
    _source, version = survey_versions(survey, language)
    codes = InvitationCode.objects.filter(survey_key=survey.translation_key, used_at__isnull=True)
    batch = query_text(request, "batch", max_length=120, default="*")
    if batch != "*":
        codes = codes.filter(label=batch)
    with translation.override(version.locale.language_code):
        return TemplateResponse(
            request,
            "engagement/surveys/results/admin/invitation_codes_print.html",
            {
                "survey": version,
                "survey_url": version.get_full_url(request),
                "codes": codes.order_by("created_at", "code")[:MAX_CODES_PRINTED],
                "language": version.locale.language_code,
            },
        )


# People who asked to be contacted


class ContactsView(SurveyAdminView):
    """Responses whose authors agreed to be contacted again, with their details; every view is logged."""

    template_name = "engagement/surveys/results/admin/contacts.html"
    page_title = gettext_lazy("People who asked to be contacted")
    allowed = staticmethod(permissions.can_see_contact_details)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        responses = (
            SurveyResponse.objects.filter(survey_key=self.survey.translation_key, consent_to_contact=True)
            .exclude(contact_name="", contact_email="", contact_phone="")
            .select_related("school")
            .order_by("-submitted_at", "-pk")
        )
        page = Paginator(responses, CONTACTS_PER_PAGE).get_page(self.request.GET.get("p"))
        rows = []
        for response in page.object_list:
            log_personal_data_view(self.request.user, response, what="survey contact details")
            rows.append({"response": response, "language": language_name(response.language)})
        context.update({"survey": self.survey, "rows": rows, "contacts_page": page, "now": timezone.now()})
        return context
