"""Permission matrix rows.

The Action Team network: roster import, captains and their lists, conversations, campaigns and the live view.

The Captains user of the matrix is made a captain of ``d.school`` with one co-worker on their list;
a second captain there has another. The Organizers user looks after ``d.school``; a second school
is nobody's, so even an Organizer gets a 404 there (which Django's LocaleMiddleware turns into a
redirect to the same address with a language prefix, as for every 404 under /admin/).
"""

from django.urls import reverse

from engagement.models.network import OrganizerSchool
from engagement.network import services
from home import roles
from home.models import School
from tests.engagement.network.factories import MemberFactory, make_campaign, make_captain, make_scale
from tests.matrix.vocabulary import (
    FORBIDDEN,
    NOT_FOUND,
    OK,
    REDIRECT,
    SUPERUSER,
    Row,
    admin_area,
    but,
    signed_in,
)


def build_network(d):
    captain_user = d.users[roles.CAPTAINS]
    d.network_captain = make_captain(d.school, user=captain_user, name="Matrix Captain")
    d.network_member = MemberFactory(school=d.school, name="Matrix Co-worker")
    services.move_member(d.network_member, d.network_captain)
    other = make_captain(d.school, name="Other Matrix Captain")
    d.network_stranger = MemberFactory(school=d.school, name="Someone Else's Co-worker")
    services.move_member(d.network_stranger, other)
    d.network_other_school = School.objects.create(name="Nobody's Matrix School")
    d.network_outsider = MemberFactory(school=d.network_other_school)
    OrganizerSchool.objects.create(organizer=d.users[roles.ORGANIZERS], school=d.school)
    d.network_campaign = make_campaign([d.school])
    d.network_other_campaign = make_campaign([d.network_other_school], title="Elsewhere")
    d.network_level = make_scale()[0]


BUILDERS = [build_network]


def team(name, *keys):
    """An address under /en/team/ for the objects ``d.<key>``."""
    return lambda d: reverse(f"network:{name}", args=[getattr(d, key).pk for key in keys])


def admin(name, *keys):
    return lambda d: reverse(f"action_team:{name}", args=[getattr(d, key).pk for key in keys])


def viewset(name, *keys):
    return lambda d: reverse(name, args=[getattr(d, key).pk for key in keys])


# Captains only; everyone else signed in is told the pages are for captains.
CAPTAIN_ONLY = but(signed_in(FORBIDDEN), {roles.CAPTAINS: OK})
ORGANIZERS_ONLY = admin_area(allowed=(roles.ORGANIZERS,))
# A POST that does its work and goes back.
ORGANIZERS_ACT = but(ORGANIZERS_ONLY, {roles.ORGANIZERS: REDIRECT, SUPERUSER: REDIRECT})
# Another school's object: 404 for the Organizer (redirected, see above), found by a superuser.
NOT_THEIR_SCHOOL = but(ORGANIZERS_ONLY, {roles.ORGANIZERS: REDIRECT})

ROWS = [
    Row("my Action Team list", team("home"), CAPTAIN_ONLY, covers=("network:home",)),
    Row("a co-worker on my list", team("person", "network_member"), CAPTAIN_ONLY, covers=("network:person",)),
    Row(
        "another captain's co-worker",
        team("person", "network_stranger"),
        but(CAPTAIN_ONLY, {roles.CAPTAINS: NOT_FOUND}),
    ),
    Row(
        "a campaign, the captain's list",
        team("campaign", "network_campaign"),
        CAPTAIN_ONLY,
        covers=("network:campaign",),
    ),
    Row(
        "a campaign of another school",
        team("campaign", "network_other_campaign"),
        but(CAPTAIN_ONLY, {roles.CAPTAINS: NOT_FOUND}),
    ),
    Row(
        "mark a co-worker",
        team("mark", "network_campaign", "network_member"),
        but(CAPTAIN_ONLY, {roles.CAPTAINS: REDIRECT}),
        method="post",
        data={"outcome": "no-answer"},
        covers=("network:mark",),
    ),
    Row(
        "mark another captain's co-worker",
        team("mark", "network_campaign", "network_stranger"),
        but(CAPTAIN_ONLY, {roles.CAPTAINS: NOT_FOUND}),
        method="post",
        data={"outcome": "reached"},
    ),
    Row("Action Team schools", admin("schools"), ORGANIZERS_ONLY, covers=("action_team:schools",)),
    Row(
        "a school's Action Team",
        lambda d: reverse("action_team:school", args=[d.school.pk]),
        ORGANIZERS_ONLY,
        covers=("action_team:school",),
    ),  # fmt: skip
    Row("another school's Action Team", admin("school", "network_other_school"), NOT_THEIR_SCHOOL),
    Row(
        "balance a school",
        lambda d: reverse("action_team:balance", args=[d.school.pk]),
        ORGANIZERS_ACT,
        method="post",
        covers=("action_team:balance",),
    ),
    Row("a person's conversations", admin("member", "network_member"), ORGANIZERS_ONLY, covers=("action_team:member",)),
    Row("a person of another school", admin("member", "network_outsider"), NOT_THEIR_SCHOOL),
    Row(
        "make a captain (GET goes back)",
        admin("appoint", "network_member"),
        ORGANIZERS_ACT,
        covers=("action_team:appoint",),
    ),
    Row(
        "move a person without naming a captain",
        admin("move", "network_member"),
        ORGANIZERS_ACT,
        method="post",
        covers=("action_team:move",),
    ),
    Row(
        "stand a captain down (GET asks to confirm)",
        admin("stand_down", "network_captain"),
        ORGANIZERS_ONLY,
        covers=("action_team:stand_down",),
    ),
    Row("roster import", admin("roster"), ORGANIZERS_ONLY, covers=("action_team:roster",)),
    Row(
        "apply a roster import (GET goes back)",
        admin("apply_roster"),
        ORGANIZERS_ACT,
        covers=("action_team:apply_roster",),
    ),
    Row("roster export", admin("export_roster"), ORGANIZERS_ONLY, covers=("action_team:export_roster",)),
    Row("campaigns", admin("campaigns"), ORGANIZERS_ONLY, covers=("action_team:campaigns",)),
    Row("new campaign", admin("new_campaign"), ORGANIZERS_ONLY, covers=("action_team:new_campaign",)),
    Row(
        "a campaign's live view",
        admin("campaign", "network_campaign"),
        ORGANIZERS_ONLY,
        covers=("action_team:campaign",),
    ),  # fmt: skip
    Row("another school's campaign", admin("campaign", "network_other_campaign"), NOT_THEIR_SCHOOL),
    Row(
        "change a campaign",
        admin("edit_campaign", "network_campaign"),
        ORGANIZERS_ONLY,
        covers=("action_team:edit_campaign",),
    ),
    Row("change another school's campaign", admin("edit_campaign", "network_other_campaign"), NOT_THEIR_SCHOOL),
    Row(
        "start a campaign (GET goes back)",
        admin("start_campaign", "network_campaign"),
        ORGANIZERS_ACT,
        covers=("action_team:start_campaign",),
    ),
    Row(
        "close a campaign (GET goes back)",
        admin("close_campaign", "network_campaign"),
        ORGANIZERS_ACT,
        covers=("action_team:close_campaign",),
    ),
    Row(
        "the assessment scale", viewset("action_team_scale:index"), ORGANIZERS_ONLY, covers=("action_team_scale:index",)
    ),  # fmt: skip
    Row(
        "edit an assessment level",
        viewset("action_team_scale:edit", "network_level"),
        ORGANIZERS_ONLY,
        covers=("action_team_scale:edit",),
    ),  # fmt: skip
    Row("issues", viewset("action_team_issues:index"), ORGANIZERS_ONLY, covers=("action_team_issues:index",)),
    Row(
        "organizers' schools (read by Organizers, assigned by superusers)",
        viewset("action_team_organizers:index"),
        ORGANIZERS_ONLY,
        covers=("action_team_organizers:index",),
    ),
    Row(
        "assign a school to an Organizer",
        viewset("action_team_organizers:add"),
        admin_area(allowed=()),
        covers=("action_team_organizers:add",),
    ),
]
