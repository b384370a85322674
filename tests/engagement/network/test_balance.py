"""Balancing the captains' lists."""

from django.test import override_settings

from engagement.models.network import Assignment, Member
from engagement.network import services
from tests.engagement.network.factories import MemberFactory, SchoolFactory, make_captain


def test_nobody_is_left_without_a_captain_and_nobody_is_over_the_limit(school):
    captains = [make_captain(school) for _ in range(3)]
    MemberFactory.create_batch(27, school=school)
    report = services.balance(schools=[school])
    assert report.assigned == 27
    assert not report.warnings
    assert not Member.objects.filter(school=school, captain__isnull=True).exclude(captaincy__is_active=True).exists()
    assert sorted(Member.objects.filter(captain=c).count() for c in captains) == [9, 9, 9]


def test_the_captain_with_the_fewest_gets_the_newcomers(school):
    busy, free = make_captain(school), make_captain(school)
    for member in MemberFactory.create_batch(6, school=school):
        services.move_member(member, busy)
    MemberFactory.create_batch(4, school=school)
    services.balance(schools=[school])
    assert Member.objects.filter(captain=free).count() == 4
    assert Member.objects.filter(captain=busy).count() == 6


@override_settings(ACTION_TEAM_LIST_SIZE=5)
def test_a_school_with_too_few_captains_goes_over_the_limit_with_a_warning(school):
    captain = make_captain(school)
    MemberFactory.create_batch(7, school=school)
    report = services.balance(schools=[school])
    assert Member.objects.filter(captain=captain).count() == 7
    [warning] = report.warnings
    assert school.name in warning and "too few captains" in warning


def test_a_school_without_a_captain_is_left_for_later(school, other_school):
    make_captain(school)
    MemberFactory.create_batch(3, school=other_school)
    services.balance()
    assert Member.objects.filter(school=other_school, captain__isnull=True).count() == 3


@override_settings(ACTION_TEAM_LIST_SIZE=6)
def test_a_department_and_a_shift_stay_together(school):
    captains = [make_captain(school) for _ in range(3)]
    MemberFactory.create_batch(5, school=school, department="Science")
    MemberFactory.create_batch(4, school=school, shift="Night")
    MemberFactory.create_batch(6, school=school)
    services.balance(schools=[school])
    science = set(Member.objects.filter(department="Science").values_list("captain", flat=True))
    night = set(Member.objects.filter(shift="Night").values_list("captain", flat=True))
    assert len(science) == 1 and len(night) == 1
    assert all(Member.objects.filter(captain=c).count() <= 6 for c in captains)


@override_settings(ACTION_TEAM_LIST_SIZE=4)
def test_a_department_joins_the_captain_who_already_has_some_of_it(school):
    make_captain(school)
    second = make_captain(school)
    services.move_member(MemberFactory(school=school, department="Art"), second)
    MemberFactory.create_batch(2, school=school, department="Art")
    services.balance(schools=[school])
    assert Member.objects.filter(department="Art", captain=second).count() == 3


def test_moving_a_person_keeps_their_history(school):
    first, second = make_captain(school), make_captain(school)
    member = MemberFactory(school=school)
    services.move_member(member, first)
    services.move_member(member, second)
    history = list(Assignment.objects.filter(member=member).order_by("pk"))
    assert [a.captain_id for a in history] == [first.pk, second.pk]
    assert history[0].ended_at is not None and history[1].ended_at is None


def test_someone_who_moved_school_is_given_a_captain_there(school, other_school):
    here, there = make_captain(school), make_captain(other_school)
    member = MemberFactory(school=school)
    services.balance()
    assert Member.objects.get(pk=member.pk).captain == here
    Member.objects.filter(pk=member.pk).update(school=other_school)
    services.balance()
    assert Member.objects.get(pk=member.pk).captain == there
    assert Assignment.objects.filter(member=member).count() == 2


def test_balancing_again_changes_nothing(school):
    make_captain(school)
    MemberFactory.create_batch(5, school=school)
    services.balance()
    assert services.balance().assigned == 0
    assert Assignment.objects.count() == 5


def test_a_captain_is_in_the_captains_group_and_not_on_a_list(school):
    captain = make_captain(school)
    assert captain.member.user.groups.filter(name="Captains").exists()
    services.balance()
    assert Member.objects.get(pk=captain.member.pk).captain is None


def test_the_admin_balance_button_warns(client, organizer, school):
    from django.urls import reverse

    with override_settings(ACTION_TEAM_LIST_SIZE=1):
        make_captain(school)
        MemberFactory.create_batch(2, school=school)
        client.force_login(organizer)
        response = client.post(reverse("action_team:balance", args=[school.pk]), follow=True)
    assert "too few captains" in response.content.decode()


def test_an_organizer_cannot_balance_another_school(client, organizer):
    from django.urls import reverse

    elsewhere = SchoolFactory(name="Somewhere Else")
    client.force_login(organizer)
    # Django's LocaleMiddleware answers a 404 outside i18n_patterns by trying the language prefix.
    response = client.post(reverse("action_team:balance", args=[elsewhere.pk]), follow=True)
    assert response.status_code == 404


def test_an_organizer_moves_a_person_from_their_page(client, organizer, school):
    from django.urls import reverse

    first, second = make_captain(school), make_captain(school)
    member = MemberFactory(school=school)
    services.move_member(member, first)
    client.force_login(organizer)
    page = client.get(reverse("action_team:member", args=[member.pk]))
    assert page.status_code == 200 and "Move" in page.content.decode()
    client.post(reverse("action_team:move", args=[member.pk]), {"captain": second.pk})
    assert Member.objects.get(pk=member.pk).captain == second
    assert Assignment.objects.filter(member=member).count() == 2
