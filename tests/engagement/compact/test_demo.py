"""The compact's demo content: the page in every language, partners across statuses, signatures.

The loader runs once for the class, under a bare home page (the full demo is tested by
``tests/home/test_demo_content.py``); each test runs in its own rolled-back transaction.
"""

from collections import Counter

from django.test import TestCase

from wagtail.models import Page, Revision

from engagement.compact import demo, services
from engagement.models.compact import CommunityPartner, CompactPage, CompactSignature, PartnerStatusChange
from tests.demo import LANGUAGE_CODES, HomeLoaderStub
from tests.factories import make_site


def load(home):
    return demo.CompactDemoLoader(HomeLoaderStub(home)).load()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, CommunityPartner, PartnerStatusChange, CompactSignature)
    }


class CompactDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.page, cls.signatures_created = load(cls.home)

    def test_the_compact_is_live_in_every_language(self):
        titles = {page.locale.language_code: page.title for page in CompactPage.objects.live().select_related("locale")}

        self.assertEqual(sorted(titles), sorted(LANGUAGE_CODES))
        self.assertEqual(titles["es"], "Pacto comunitario por nuestras escuelas")
        self.assertEqual(titles["ar"], "الميثاق المجتمعي من أجل مدارسنا")

    def test_every_language_shows_the_same_count(self):
        expected = services.tally(self.page).total
        for page in CompactPage.objects.live():
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200)
            self.assertIn(f'data-compact-count="{expected}"', response.content.decode())

    def test_twenty_five_confirmed_signatures_and_a_few_waiting(self):
        signatures = CompactSignature.objects.all()

        self.assertEqual(signatures.filter(verified_at__isnull=False).count(), 25)
        self.assertEqual(signatures.filter(verified_at__isnull=True).count(), 4)
        self.assertEqual(
            Counter(signatures.verified().values_list("kind", flat=True)), {"organisation": 10, "individual": 15}
        )
        self.assertGreaterEqual(len(set(signatures.values_list("language", flat=True))), 6)

    def test_listed_organisations_appear_and_unlisted_ones_do_not(self):
        content = self.client.get("/es/community-compact/").content.decode()

        self.assertIn("Eastgate Parents United", content)
        self.assertNotIn("Mill Hill Library Friends", content)
        self.assertNotIn("Oak Park Cape Verdean Association", content)  # not confirmed yet

    def test_ten_partners_across_the_statuses_with_their_history(self):
        statuses = Counter(CommunityPartner.objects.values_list("status", flat=True))

        self.assertEqual(sum(statuses.values()), 10)
        self.assertEqual(set(statuses), {"proposed", "vetted", "partner"})
        partner = CommunityPartner.objects.get(name="Eastgate Parents United")
        self.assertEqual(
            list(partner.status_changes.order_by("changed_at").values_list("to_status", flat=True)),
            ["proposed", "vetted", "partner"],
        )

    def test_loading_again_duplicates_nothing(self):
        before = counts()

        _page, created = load(self.home)

        self.assertEqual(created, 0)
        self.assertEqual(counts(), before)
