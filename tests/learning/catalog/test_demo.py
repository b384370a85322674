"""The catalog's demo content: thirty offerings in every language, fifteen educators with their records.

The loader runs once for the class, under a bare home page (the full demo is tested by
``tests/home/test_demo_content.py``); each test runs in its own rolled-back transaction.
"""

from collections import Counter

from django.test import TestCase

from wagtail.models import Page, Revision

from home.models import User
from learning.catalog import demo
from learning.catalog.certificates import certificate_for_code
from learning.catalog.credits import credit_summary
from learning.models.catalog import (
    CatalogPage,
    Certificate,
    Enrolment,
    EnrolmentStatus,
    OfferingPage,
    OfferingProposal,
    OfferingStandard,
)
from learning.standards import Standard
from tests.demo import LANGUAGE_CODES, HomeLoaderStub
from tests.factories import make_site


def load(home):
    loader_stub = HomeLoaderStub(home)
    demo.CatalogDemoLoader(loader_stub).load()
    return loader_stub.summary


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, User, Enrolment, Certificate, OfferingProposal)
    }


class CatalogDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.summary = load(cls.home)

    def test_no_string_is_left_untranslated(self):
        # The bare home page of the test is not the demo's: its strings are the home loader's business.
        missing = [entry for entry in self.summary.translation.missing if entry[0] != self.home.title]
        self.assertEqual(missing, [])

    def test_the_catalog_and_thirty_offerings_are_live_in_every_language(self):
        for code in LANGUAGE_CODES:
            self.assertEqual(CatalogPage.objects.live().filter(locale__language_code=code).count(), 1, code)
            self.assertEqual(OfferingPage.objects.live().filter(locale__language_code=code).count(), 30, code)

    def test_every_format_and_standard_is_offered(self):
        source = OfferingPage.objects.filter(locale__language_code="en")
        self.assertEqual(set(source.values_list("format", flat=True)), set(demo.FORMATS))
        standards = OfferingStandard.objects.filter(page__locale__language_code="en").values_list("standard", flat=True)
        self.assertEqual(set(standards), set(Standard.values))

    def test_the_catalog_page_shows_the_offerings_in_arabic(self):
        catalog = CatalogPage.objects.get(locale__language_code="ar")
        response = self.client.get(catalog.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("تعليم متعلمي الإنجليزية", response.content.decode())

    def test_fifteen_educators_with_stable_addresses_and_certificates(self):
        educators = User.objects.filter(email__startswith="educator", email__endswith=f"@{demo.EMAIL_DOMAIN}")
        self.assertEqual(educators.count(), 15)
        self.assertTrue(User.objects.filter(email="educator01@demo.commongood.example").exists())
        statuses = Counter(Enrolment.objects.values_list("status", flat=True))
        self.assertGreaterEqual(statuses[EnrolmentStatus.COMPLETED], 10)
        self.assertGreaterEqual(statuses[EnrolmentStatus.ENROLLED], 10)
        certificate = Certificate.objects.first()
        self.assertEqual(certificate_for_code(certificate.code), certificate)
        self.assertGreater(credit_summary(certificate.enrolment.educator).total_points, 0)

    def test_proposals_wait_for_review(self):
        self.assertEqual(OfferingProposal.objects.count(), 2)

    def test_loading_again_creates_nothing(self):
        before = counts()
        load(self.home)
        self.assertEqual(counts(), before)
