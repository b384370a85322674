"""The captains' pages on the public site, under /<language>/team/: phone first.

A captain sees only the co-workers on their own list, and only what they need to reach them:
name, phone, preferred language and their own notes. Every object is found through a queryset
limited to the captain's list, so an id typed into the address answers 404. Assessments are
written here but never shown back.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from django_ratelimit.decorators import ratelimit

from engagement.models.network import Campaign, Issue, Outcome
from engagement.network import campaigns, services
from engagement.network.forms import ConversationForm, MarkForm
from engagement.network.permissions import captain_members, captaincy_of
from home.views import rate_limited

# A captain marks a few dozen people in an evening; a script marks thousands.
POST_RATE = "300/h"


def _not_a_captain(request):
    return render(
        request,
        "engagement/network/not_a_captain.html",
        {"page_title": _("For Action Team captains")},
        status=403,
    )


def _captain_or_none(request):
    return captaincy_of(request.user)


@never_cache
@login_required
@require_GET
def home(request):
    """The captain's co-workers and the campaigns running now."""
    captain = _captain_or_none(request)
    if captain is None:
        return _not_a_captain(request)
    people = list(captain_members(captain).only("pk", "name", "phone", "language", "do_not_contact", "captain_id"))
    return render(
        request,
        "engagement/network/home.html",
        {
            "page_title": _("My Action Team list"),
            "captain": captain,
            "people": people,
            "running": list(campaigns.campaigns_for_captain(captain)),
        },
    )


def _person_for(captain, pk):
    return get_object_or_404(
        captain_members(captain).only("pk", "name", "phone", "language", "do_not_contact", "captain_id"), pk=pk
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@ratelimit(group="network-post", key="user", rate=POST_RATE, method="POST", block=False)
def person(request, pk):
    """One co-worker: how to reach them, the captain's own notes, and a form to log a conversation."""
    captain = _captain_or_none(request)
    if captain is None:
        return _not_a_captain(request)
    member = _person_for(captain, pk)
    form = ConversationForm()
    if request.method == "POST":
        if request.limited:
            return rate_limited(request)
        form = ConversationForm(request.POST)
        if form.is_valid():
            try:
                services.log_conversation(captain, member, form.save(commit=False), form.cleaned_data.get("issues"))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your conversation is saved."))
                return redirect("network:person", pk=member.pk)
    # Their own notes only: what other captains wrote, and every assessment, stay out of the query.
    notes = list(
        member.conversations.filter(captain=captain)
        .only("date", "method", "note", "follow_up")
        .order_by("-date", "-pk")
    )
    return render(
        request,
        "engagement/network/person.html",
        {
            "page_title": member.name,
            "member": member,
            "notes": notes,
            "form": form,
            "tel": campaigns.tel_link(member.phone) if member.phone else "",
        },
    )


def _running_campaign_for(captain, pk):
    return get_object_or_404(Campaign.objects.filter(schools=captain.school_id, started_at__isnull=False), pk=pk)


@never_cache
@login_required
@require_GET
def campaign(request, pk):
    """The captain's list for one campaign: one tap to call or text, and a mark for each person."""
    captain = _captain_or_none(request)
    if captain is None:
        return _not_a_captain(request)
    the_campaign = _running_campaign_for(captain, pk)
    entries = campaigns.captain_list(the_campaign, captain)
    done = sum(1 for entry in entries if entry.contact is not None)
    return render(
        request,
        "engagement/network/campaign.html",
        {
            "page_title": the_campaign.title,
            "campaign": the_campaign,
            "entries": entries,
            "done": done,
            "outcomes": Outcome.choices,
            "issues": list(Issue.objects.all()),
        },
    )


@login_required
@require_POST
@ratelimit(group="network-post", key="user", rate=POST_RATE, method="POST", block=False)
def mark(request, pk, member_pk):
    if request.limited:
        return rate_limited(request)
    captain = _captain_or_none(request)
    if captain is None:
        return _not_a_captain(request)
    the_campaign = _running_campaign_for(captain, pk)
    member = _person_for(captain, member_pk)
    form = MarkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how the call went."))
    else:
        try:
            services.mark(
                the_campaign,
                captain,
                member,
                form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                issues=form.cleaned_data["issues"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("%(name)s: %(outcome)s.") % {
                "name": member.name, "outcome": dict(Outcome.choices)[form.cleaned_data["outcome"]]
            })  # fmt: skip
    return redirect(reverse("network:campaign", args=[the_campaign.pk]) + f"#person-{member.pk}")
