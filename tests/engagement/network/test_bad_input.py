"""Odd input gets a clear answer, never a 500."""

from django.urls import reverse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagement.models.network import Member
from engagement.network import roster


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_as_a_roster_give_a_clear_error_or_a_plan(school, data):
    try:
        plan = roster.plan_import(roster.decode(data))
    except roster.RosterFileError as error:
        assert error.messages
    else:
        assert all(isinstance(line, int) and message for line, message in plan.errors)
    assert not Member.objects.exists()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    date=st.text(max_size=30),
    method=st.text(max_size=20),
    note=st.text(max_size=700),
    assessment=st.text(max_size=10),
)
def test_a_conversation_form_with_odd_values_is_answered_with_the_form(client, captain, team, date, method, note,
                                                                        assessment):  # fmt: skip
    client.force_login(captain.member.user)
    response = client.post(
        reverse("network:person", args=[team[0].pk]),
        {"date": date, "method": method, "note": note, "assessment": assessment, "issues": ["x"]},
    )
    assert response.status_code in (200, 302)


def test_ids_that_are_not_numbers_are_404s(client, captain):
    client.force_login(captain.member.user)
    assert client.get("/en/team/people/abc/").status_code == 404
    assert client.get("/en/team/people/99999999999999999999/").status_code == 404
