"""The Organizers' views of the Action Team network in the Wagtail admin.

An Organizer sees the schools assigned to them (``OrganizerSchool``; a superuser sees every school):
their teams and who is on whose list, the roster import, a person's recent conversations before
reaching out (written to the audit log), and campaigns with their live view. Every object is found
through a queryset limited to the Organizer's schools, so another school's id answers 404.
"""

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from engagement.models.network import Assignment, Captain, Conversation, Member, RosterImport
from engagement.network import campaigns, roster, services
from engagement.network.forms import CampaignForm, ConfirmImportForm, MoveForm, RosterUploadForm
from engagement.network.permissions import (
    campaigns_for_organizer,
    is_organizer,
    members_for_organizer,
    organizer_schools,
)
from home import audit
from home.csv_export import Echo

URL_NAMESPACE = "action_team"
RECENT_CONVERSATIONS = 10


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


class OrganizerView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_organizer(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url("schools"), "label": _("Action Team")},
            {"url": "", "label": self.get_page_title()},
        ]


def organizer_only(view):
    def wrapped(request, *args, **kwargs):
        if not is_organizer(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return wrapped


# Schools and teams


class SchoolsView(OrganizerView):
    """Each of the Organizer's schools with its captains, members, and people without a captain."""

    template_name = "engagement/network/admin/schools.html"
    page_title = gettext_lazy("Action Team schools")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        schools = organizer_schools(self.request.user).annotate(
            members=Count("roster", distinct=True),
            waiting=Count(
                "roster", filter=Q(roster__captain__isnull=True, roster__captaincy__isnull=True), distinct=True
            ),
            team=Count("captains", filter=Q(captains__is_active=True), distinct=True),
        )
        context["schools"] = list(schools.order_by("name"))
        context["list_size"] = services.list_size()
        return context


class SchoolView(OrganizerView):
    """One school's team: captains and their lists; make a captain, move a person, balance."""

    template_name = "engagement/network/admin/school.html"

    def get_page_title(self):
        return self.school.name

    def get(self, request, pk):
        self.school = get_object_or_404(organizer_schools(request.user), pk=pk)
        return super().get(request, pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        captains = list(
            Captain.objects.filter(school=self.school, is_active=True)
            .select_related("member")
            .prefetch_related(Prefetch("members", queryset=Member.objects.order_by("name", "pk")))
        )
        waiting = list(
            Member.objects.filter(school=self.school, captain__isnull=True)
            .exclude(captaincy__is_active=True)
            .order_by("name", "pk")
        )
        context.update(
            school=self.school,
            captains=captains,
            waiting=waiting,
            list_size=services.list_size(),
        )
        return context


@organizer_only
def balance(request, pk):
    if request.method != "POST":
        return redirect(url("school", pk))
    school = get_object_or_404(organizer_schools(request.user), pk=pk)
    report = services.balance(schools=[school], by=request.user)
    messages.success(request, _("%(count)s people were given a captain.") % {"count": report.assigned})
    for warning in report.warnings:
        messages.warning(request, warning)
    return redirect(url("school", pk))


@organizer_only
def appoint(request, pk):
    member = get_object_or_404(members_for_organizer(request.user), pk=pk)
    if request.method == "POST":
        try:
            services.appoint_captain(member, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("%(name)s is now a captain.") % {"name": member.name})
    return redirect(url("school", member.school_id) if member.school_id else url("schools"))


class StandDownView(OrganizerView):
    """Confirm, then stand a captain down: their co-workers go to the school's other captains."""

    template_name = "engagement/network/admin/stand_down.html"

    def get_page_title(self):
        return _("Stand down %(name)s") % {"name": self.captain.member.name}

    def dispatch(self, request, pk):
        if is_organizer(request.user):
            self.captain = get_object_or_404(
                Captain.objects.filter(is_active=True, school__in=organizer_schools(request.user)).select_related(
                    "member", "school"
                ),
                pk=pk,
            )
        return super().dispatch(request, pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        other_captains = Captain.objects.filter(school=self.captain.school, is_active=True).exclude(pk=self.captain.pk)
        context.update(
            captain=self.captain,
            people=self.captain.members.count(),
            other_captains=other_captains.count(),
        )
        return context

    def post(self, request, pk):
        try:
            report = services.stand_down_captain(self.captain, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(name)s is no longer a captain. %(handed_over)s people went to other captains.")
                % {"name": self.captain.member.name, "handed_over": report.handed_over},
            )
            if report.waiting:
                messages.warning(
                    request,
                    _("%(count)s people wait for a captain: make one from the list below.") % {"count": report.waiting},
                )
            for warning in report.warnings:
                messages.warning(request, warning)
        return redirect(url("school", self.captain.school_id))


@organizer_only
def move(request, pk):
    member = get_object_or_404(members_for_organizer(request.user), pk=pk)
    if request.method == "POST":
        form = MoveForm(request.POST, school_id=member.school_id)
        if form.is_valid():
            try:
                services.move_member(member, form.cleaned_data["captain"], by=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("%(name)s is moved.") % {"name": member.name})
        else:
            messages.error(request, _("Choose a captain of the same school."))
    return redirect(url("school", member.school_id) if member.school_id else url("schools"))


class MemberView(OrganizerView):
    """A person before reaching out: contact details, captain history, recent conversations."""

    template_name = "engagement/network/admin/member.html"

    def get_page_title(self):
        return self.member.name

    def get(self, request, pk):
        self.member = get_object_or_404(
            members_for_organizer(request.user).select_related("school", "captain__member"), pk=pk
        )
        audit.log_personal_data_view(request.user, self.member, what="Action Team conversations")
        return super().get(request, pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            member=self.member,
            conversations=list(
                Conversation.objects.filter(member=self.member)
                .select_related("captain__member", "assessment")
                .prefetch_related("issues")[:RECENT_CONVERSATIONS]
            ),
            history=list(Assignment.objects.filter(member=self.member).select_related("captain__member")),
            move_form=MoveForm(school_id=self.member.school_id) if self.member.school_id else None,
        )
        return context


# The roster


class RosterView(OrganizerView):
    """Upload a roster file, see what it would change, then import it."""

    template_name = "engagement/network/admin/roster.html"
    page_title = gettext_lazy("Import the roster")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", RosterUploadForm())
        context["recent"] = RosterImport.objects.filter(applied_at__isnull=False).select_related("uploaded_by")[:5]
        return context

    def post(self, request):
        form = RosterUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        try:
            if upload.size > roster.MAX_FILE_BYTES:
                raise roster.RosterFileError(_("The file is too large."))
            text = roster.decode(upload.read())
            plan = roster.plan_import(text)
        except ValidationError as error:
            form.add_error("file", error)
            return self.render_to_response(self.get_context_data(form=form))
        pending = RosterImport.objects.create(
            file_name=upload.name[:255], content=text, uploaded_by=request.user, summary=plan.summary()
        )
        return self.render_to_response(
            self.get_context_data(
                form=RosterUploadForm(),
                plan=plan,
                pending=pending,
                confirm_form=ConfirmImportForm(initial={"roster_import": pending.pk}),
            )
        )


@organizer_only
def apply_roster(request):
    if request.method != "POST":
        return redirect(url("roster"))
    form = ConfirmImportForm(request.POST)
    if not form.is_valid():
        raise Http404
    try:
        # The upload's row is locked: a double click waits, then finds it applied (404), imports nothing twice.
        with transaction.atomic():
            pending = get_object_or_404(
                RosterImport.objects.select_for_update(),
                pk=form.cleaned_data["roster_import"],
                uploaded_by=request.user,
                applied_at__isnull=True,
            )
            plan = roster.apply_import(pending.content)
            pending.applied_at, pending.summary = timezone.now(), plan.summary()
            pending.save(update_fields=["applied_at", "summary"])
    except ValidationError as error:
        for message in error.messages[:20]:
            messages.error(request, message)
        return redirect(url("roster"))
    messages.success(
        request,
        _("Roster imported: %(added)s added, %(changed)s changed, %(unchanged)s left as they were.") % plan.summary(),
    )
    return redirect(url("roster"))


@organizer_only
def export_roster(request):
    writer = csv.writer(Echo())
    rows = roster.roster_csv_rows(members_for_organizer(request.user))

    def lines():
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="action-team-roster.csv"'
    return response


# Campaigns


class CampaignListView(OrganizerView):
    template_name = "engagement/network/admin/campaigns.html"
    page_title = gettext_lazy("Campaigns")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["campaigns"] = list(campaigns_for_organizer(self.request.user).order_by("-created_at", "-pk")[:100])
        return context


class CampaignFormView(OrganizerView):
    """A new campaign, or one not yet closed to correct: its message, script, questions, deadline.

    Once a campaign has started, its kind and schools stay as they are: captains are already
    calling those people, and the live view's timings count from the start.
    """

    template_name = "engagement/network/admin/campaign_form.html"

    def dispatch(self, request, pk=None):
        self.campaign = None
        if pk is not None and is_organizer(request.user):
            self.campaign = get_object_or_404(campaigns_for_organizer(request.user), pk=pk)
            if self.campaign.closed_at:
                messages.error(request, _("A closed campaign cannot be changed."))
                return redirect(url("campaign", pk))
        return super().dispatch(request)

    def get_page_title(self):
        return self.campaign.title if self.campaign else _("New campaign")

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        if self.campaign:
            items[-1:-1] = [{"url": url("campaign", self.campaign.pk), "label": self.campaign.title}]
            items[-1] = {"url": "", "label": _("Change the campaign")}
        return items

    def get_form(self, data=None):
        return CampaignForm(data, instance=self.campaign, schools=organizer_schools(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context["campaign"] = self.campaign
        return context

    def post(self, request):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            campaign = form.save(commit=False)
            if campaign.created_by_id is None:
                campaign.created_by = request.user
            campaign.save()
            form.save_m2m()
            campaigns.save_messages(campaign, form.messages())
        if request.POST.get("start") and not campaign.started_at:
            campaigns.start(campaign)
        messages.success(request, _("The campaign is saved."))
        return redirect(url("campaign", campaign.pk))


class LiveView(OrganizerView):
    """Per school and per captain: reached so far, time to 50, 90 and 100%, captains not started."""

    template_name = "engagement/network/admin/live.html"

    def get_page_title(self):
        return self.campaign.title

    def get(self, request, pk):
        self.campaign = get_object_or_404(campaigns_for_organizer(request.user), pk=pk)
        return super().get(request, pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["live"] = campaigns.live_view(self.campaign)
        context["campaign"] = self.campaign
        return context


def _campaign_action(action, message):
    @organizer_only
    def view(request, pk):
        campaign = get_object_or_404(campaigns_for_organizer(request.user), pk=pk)
        if request.method == "POST":
            action(campaign)
            messages.success(request, message())
        return redirect(url("campaign", pk))

    return view


start_campaign = _campaign_action(campaigns.start, lambda: _("The campaign has started: captains see it now."))
close_campaign = _campaign_action(campaigns.close, lambda: _("The campaign is closed."))
