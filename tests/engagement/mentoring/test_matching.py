"""Ranking mentors for a request: the scores, their reasons, the order, and who is never suggested."""

from django.utils import translation

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from engagement.mentoring import matching, services
from engagement.mentoring.matching import MAX_SCORE, rank_mentors
from engagement.models.mentoring import Expertise, MeetingFormat, MentorshipStatus, MentorStatus
from home.choices import GradeBand, SpokenLanguage, Subject
from tests.engagement.mentoring.factories import (
    MentorProfileFactory,
    MentorRequestFactory,
    SchoolFactory,
    make_mentorship,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def eastside():
    return {
        "lincoln": SchoolFactory(name="Lincoln Middle School", neighbourhood="Eastside"),
        "park": SchoolFactory(name="Park Elementary", neighbourhood="Eastside"),
        "harbor": SchoolFactory(name="Harbor High School", neighbourhood="Harbor"),
    }


@pytest.fixture
def request_for_help(eastside):
    return MentorRequestFactory(
        subject="math",
        grade_band="middle",
        language="pt",
        help_with=["classroom-management", "english-learners", "union-rights"],
        school=eastside["lincoln"],
        meeting_format="in-person",
    )


def names(suggestions):
    return [suggestion.mentor.user.first_name for suggestion in suggestions]


def test_a_mentor_who_shares_everything_scores_each_factor_with_its_reason(request_for_help, eastside):
    MentorProfileFactory(
        user__first_name="Ana",
        subjects=["science", "math"],
        grade_bands=["middle"],
        languages=["en", "pt"],
        expertise=["english-learners", "classroom-management", "union-rights", "curriculum"],
        formats=["in-person"],
        max_mentees=3,
        schools=[eastside["lincoln"]],
    )

    with translation.override("en"):
        [(mentor, score, reasons)] = rank_mentors(request_for_help)

    assert score == MAX_SCORE
    assert [(reason.points, reason.text) for reason in reasons] == [
        (30, "Taught Mathematics"),
        (30, "Experienced in Classroom management, Teaching English learners, Your rights under the contract"),
        (25, "Speaks Portuguese"),
        (20, "Taught Middle school (grades 6 to 8)"),
        (15, "Worked at Lincoln Middle School"),
        (10, "Meets as asked: In person"),
        (6, "3 of 3 places free"),
    ]
    assert sum(reason.points for reason in reasons) == score


def test_mentors_are_ranked_by_what_they_share_with_the_request(request_for_help, eastside):
    MentorProfileFactory(user__first_name="Other", subjects=["arts"], grade_bands=["high"], expertise=["curriculum"])
    MentorProfileFactory(user__first_name="Nearby", schools=[eastside["park"]])  # maths, middle, English
    MentorProfileFactory(user__first_name="Same", schools=[eastside["lincoln"]])
    MentorProfileFactory(user__first_name="Speaks", languages=["pt"], schools=[eastside["harbor"]])

    suggestions = rank_mentors(request_for_help)

    assert names(suggestions) == ["Speaks", "Same", "Nearby", "Other"]
    nearby = suggestions[2]
    assert "Worked near Lincoln Middle School, in Eastside" in [reason.text for reason in nearby.reasons]
    scores = [suggestion.score for suggestion in suggestions]
    assert scores == sorted(scores, reverse=True)


def test_ties_go_to_more_free_places_then_the_longer_career(request_for_help):
    MentorProfileFactory(user__first_name="Short", years_taught=12, max_mentees=1)
    MentorProfileFactory(user__first_name="Long", years_taught=35, max_mentees=1)
    busy = MentorProfileFactory(user__first_name="Busy", years_taught=40, max_mentees=3)
    make_mentorship(busy)  # two places free of three: more capacity points than the others
    MentorProfileFactory(user__first_name="Roomy", years_taught=5, max_mentees=3)

    assert names(rank_mentors(request_for_help)) == ["Roomy", "Busy", "Long", "Short"]


def test_a_mentor_at_capacity_paused_or_not_approved_is_never_suggested(request_for_help, coordinator):
    available = MentorProfileFactory(user__first_name="Available")
    full = MentorProfileFactory(user__first_name="Full", max_mentees=1)
    make_mentorship(full)
    proposed_to = MentorProfileFactory(user__first_name="Proposed", max_mentees=1)
    make_mentorship(proposed_to, status=MentorshipStatus.PENDING)  # a pending proposal takes a place too
    finished = MentorProfileFactory(user__first_name="Finished", max_mentees=1)
    make_mentorship(finished, status=MentorshipStatus.COMPLETED)  # a completed mentorship frees the place
    paused = MentorProfileFactory(user__first_name="Paused")
    services.pause_mentor(paused, paused.user)
    MentorProfileFactory(user__first_name="Pending", status=MentorStatus.PENDING)
    MentorProfileFactory(user__first_name="Declined", status=MentorStatus.DECLINED)
    MentorProfileFactory(user__first_name="Gone", user__is_active=False)

    suggested = names(rank_mentors(request_for_help))

    assert sorted(suggested) == ["Available", "Finished"]
    assert available.user.first_name in suggested


def test_a_mentor_who_declined_the_request_is_not_suggested_for_it_again(request_for_help, coordinator):
    declined = MentorProfileFactory(user__first_name="Declined")
    MentorProfileFactory(user__first_name="Other")
    mentorship = services.propose_match(request_for_help, declined, coordinator)
    services.decline_proposal(mentorship, declined.user)

    assert names(rank_mentors(request_for_help)) == ["Other"]


def test_the_limit_keeps_the_best_mentors_in_the_same_order(request_for_help):
    for index in range(6):
        MentorProfileFactory(years_taught=10 + index, subjects=["math"] if index % 2 else ["arts"])

    everyone = rank_mentors(request_for_help)
    best_three = rank_mentors(request_for_help, limit=3)

    assert [s.mentor.pk for s in best_three] == [s.mentor.pk for s in everyone[:3]]


def test_ranking_costs_one_query_whatever_the_number_of_mentors(request_for_help, django_assert_max_num_queries):
    # One SELECT; on PostgreSQL also the SET LOCAL that keeps the JIT compiler out, in a savepoint.
    MentorProfileFactory.create_batch(3)
    with django_assert_max_num_queries(4) as few_queries:
        few = rank_mentors(request_for_help)
    MentorProfileFactory.create_batch(30)
    for mentor in few:
        make_mentorship(mentor.mentor)
    with django_assert_max_num_queries(4) as many_queries:
        many = rank_mentors(request_for_help)
        # The reasons and the names need nothing more from the database.
        [str(suggestion.mentor.user) for suggestion in many]

    selects = [query["sql"] for query in many_queries.captured_queries if query["sql"].startswith("SELECT")]
    assert len(selects) == 1
    assert len(few_queries.captured_queries) == len(many_queries.captured_queries)
    assert len(few) == 3
    assert len(many) == 33


def test_a_request_without_a_school_or_expertise_still_ranks(db):
    mentor_request = MentorRequestFactory(school=None, help_with=[], meeting_format="online")
    MentorProfileFactory(formats=["in-person"])

    [(mentor, score, reasons)] = rank_mentors(mentor_request)

    assert score == matching.SUBJECT_POINTS + matching.GRADE_BAND_POINTS + matching.LANGUAGE_POINTS + 4
    assert not any("Meets" in reason.text for reason in reasons)


# The score the database computes is the one the rules describe, whatever the profile.


def reference_score(mentor_request, mentor, open_count, schools):
    """The scoring rules, written out plainly."""
    score = 0
    score += matching.SUBJECT_POINTS if mentor_request.subject in mentor.subjects else 0
    score += matching.GRADE_BAND_POINTS if mentor_request.grade_band in mentor.grade_bands else 0
    score += matching.LANGUAGE_POINTS if mentor_request.language in mentor.languages else 0
    shared = len(set(mentor_request.help_with) & set(mentor.expertise))
    score += min(shared * matching.POINTS_PER_SHARED_EXPERTISE, matching.MAX_EXPERTISE_POINTS)
    school = mentor_request.school
    if school and school in schools:
        score += matching.SAME_SCHOOL_POINTS
    elif school and school.neighbourhood and any(s.neighbourhood == school.neighbourhood for s in schools):
        score += matching.NEARBY_SCHOOL_POINTS
    if mentor_request.meeting_format == "either" or mentor_request.meeting_format in mentor.formats:
        score += matching.FORMAT_POINTS
    free = mentor.max_mentees - open_count
    return score + min(free * matching.POINTS_PER_FREE_PLACE, matching.MAX_CAPACITY_POINTS)


def codes(choices, min_size=1):
    return st.lists(st.sampled_from([code for code, _label in choices]), min_size=min_size, unique=True)


profiles = st.fixed_dictionaries(
    {
        "subjects": codes(Subject.choices),
        "grade_bands": codes(GradeBand.choices),
        "languages": codes(SpokenLanguage.choices),
        "expertise": codes(Expertise.choices),
        "formats": codes(MeetingFormat.choices),
        "max_mentees": st.integers(1, 5),
        "school_names": st.lists(st.sampled_from(["Lincoln", "Park", "Harbor"]), unique=True),
        "open": st.integers(0, 4),
    }
)


class TestScoresFollowTheRules(HypothesisTestCase):
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        profile=profiles,
        subject=st.sampled_from(Subject.values),
        grade_band=st.sampled_from(GradeBand.values),
        language=st.sampled_from(SpokenLanguage.values),
        help_with=codes(Expertise.choices, min_size=0),
        school_name=st.sampled_from(["Lincoln", "Park", "Harbor", None]),
        meeting_format=st.sampled_from(["in-person", "online", "either"]),
    )
    def test_the_database_score_is_the_sum_of_the_rules(
        self, profile, subject, grade_band, language, help_with, school_name, meeting_format
    ):
        schools = {
            "Lincoln": SchoolFactory(name="Lincoln", neighbourhood="Eastside"),
            "Park": SchoolFactory(name="Park", neighbourhood="Eastside"),
            "Harbor": SchoolFactory(name="Harbor", neighbourhood="Harbor"),
        }
        mentor_request = MentorRequestFactory(
            subject=subject,
            grade_band=grade_band,
            language=language,
            help_with=help_with,
            school=schools.get(school_name),
            meeting_format=meeting_format,
        )
        mentor_schools = [schools[name] for name in profile["school_names"]]
        mentor = MentorProfileFactory(
            **{key: profile[key] for key in ("subjects", "grade_bands", "languages", "expertise", "formats")},
            max_mentees=profile["max_mentees"],
            schools=mentor_schools,
        )
        open_count = min(profile["open"], profile["max_mentees"])
        for _ in range(open_count):
            make_mentorship(mentor)

        suggestions = rank_mentors(mentor_request)

        if open_count == mentor.max_mentees:
            assert suggestions == []
        else:
            [(ranked, score, reasons)] = suggestions
            assert score == reference_score(mentor_request, mentor, open_count, mentor_schools)
            assert sum(reason.points for reason in reasons) == score
