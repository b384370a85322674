"""The mentor network's demo content: the invitation page in every language, and a network of people.

The loader runs once for the class, under a bare home page (the full demo is tested by
``tests/home/test_demo_content.py``); each test runs in its own rolled-back transaction.
"""

from collections import Counter

from django.test import TestCase

from wagtail.models import Page, Revision

from engagement.mentoring import demo
from engagement.mentoring.matching import rank_mentors
from engagement.models.mentoring import (
    CheckIn,
    MentorNetworkPage,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
)
from home.models import User
from tests.demo import LANGUAGE_CODES, HomeLoaderStub
from tests.factories import make_site


def load(home):
    return demo.MentoringDemoLoader(HomeLoaderStub(home)).load()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, User, MentorProfile, MentorRequest, Mentorship, CheckIn)
    }


class MentoringDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.page, cls.people_created = load(cls.home)

    def test_the_invitation_page_is_live_in_every_language(self):
        pages = MentorNetworkPage.objects.live().select_related("locale")

        titles = {page.locale.language_code: page.title for page in pages}
        self.assertEqual(sorted(titles), sorted(LANGUAGE_CODES))
        self.assertEqual(titles["pt"], "Rede de mentoria")
        self.assertEqual(titles["ar"], "شبكة الإرشاد")

    def test_the_invitation_page_links_to_sign_up_and_ask_in_its_language(self):
        response = self.client.get("/pt/mentor-network/")

        content = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn("Como funciona", content)
        self.assertIn('href="/pt/mentoring/mentor/join/"', content)
        self.assertIn('href="/pt/mentoring/ask/"', content)
        self.assertIn('href="/pt/mentoring/directory/"', content)

    def test_forty_retirees_with_varied_subjects_grades_and_languages(self):
        profiles = list(MentorProfile.objects.select_related("user"))

        self.assertEqual(len(profiles), demo.RETIREES)
        self.assertTrue(all(profile.user.is_retiree for profile in profiles))
        self.assertGreaterEqual(len({code for profile in profiles for code in profile.subjects}), 8)
        self.assertGreaterEqual(len({code for profile in profiles for code in profile.grade_bands}), 4)
        self.assertEqual({profile.user.preferred_language for profile in profiles}, set(LANGUAGE_CODES))
        statuses = Counter(profile.status for profile in profiles)
        self.assertEqual(statuses[MentorStatus.APPROVED], 34)
        self.assertEqual(statuses[MentorStatus.PENDING], 3)

    def test_twenty_five_requests_ten_active_and_five_completed_mentorships_with_check_ins(self):
        self.assertEqual(MentorRequest.objects.count(), demo.EDUCATORS)
        self.assertTrue(all(request.mentee.is_educator for request in MentorRequest.objects.select_related("mentee")))
        statuses = Counter(Mentorship.objects.values_list("status", flat=True))
        self.assertEqual(statuses[MentorshipStatus.ACTIVE], 10)
        self.assertEqual(statuses[MentorshipStatus.COMPLETED], 5)
        for mentorship in Mentorship.objects.filter(status=MentorshipStatus.COMPLETED):
            self.assertGreater(mentorship.checkins.count(), 0)
        self.assertGreater(CheckIn.objects.filter(mentorship__status=MentorshipStatus.ACTIVE).count(), 10)

    def test_no_mentor_has_more_mentees_than_they_offered(self):
        for profile in MentorProfile.objects.all():
            live = profile.mentorships.filter(status__in=(MentorshipStatus.PENDING, MentorshipStatus.ACTIVE)).count()
            self.assertEqual(profile.open_mentorships, live)
            self.assertLessEqual(live, profile.max_mentees)

    def test_open_requests_can_be_matched(self):
        open_request = MentorRequest.objects.open().exclude(mentorships__status=MentorshipStatus.PENDING).first()

        self.assertTrue(rank_mentors(open_request, limit=5))

    def test_loading_again_creates_nothing(self):
        before = counts()

        _page, people_created = load(self.home)

        self.assertTrue(self.people_created)
        self.assertFalse(people_created)
        self.assertEqual(counts(), before)

    def test_the_same_people_in_every_database(self):
        def people():
            return list(
                MentorProfile.objects.order_by("user__email").values_list(
                    "user__email", "user__first_name", "user__last_name", "subjects", "languages", "max_mentees"
                )
            )

        first_load = people()
        User.objects.filter(email__endswith=f"@{demo.EMAIL_DOMAIN}").delete()

        _page, people_created = load(self.home)

        self.assertTrue(people_created)
        self.assertEqual(people(), first_load)
