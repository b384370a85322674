"""The portfolio demo: fifteen educators' portfolios in their languages, every kind of sharing, run twice."""

from collections import Counter

from django.test import TestCase
from django.urls import reverse

from learning.models.portfolios import (
    CollectionItem,
    Evidence,
    PortfolioCollection,
    PortfolioComment,
    PortfolioEntry,
    Visibility,
)
from learning.portfolios import demo
from tests.demo import LANGUAGE_CODES


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (PortfolioEntry, Evidence, PortfolioCollection, CollectionItem, PortfolioComment)
    }


class PortfoliosDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.educators, cls.created = demo.PortfoliosDemoLoader().load()

    def test_fifteen_educators_each_keep_a_portfolio(self):
        assert self.created == 15
        assert [educator.email for educator in self.educators] == demo.demo_educator_emails()
        assert Counter(PortfolioEntry.objects.values_list("owner", flat=True)) == {
            educator.pk: demo.ENTRIES_EACH for educator in self.educators
        }
        assert PortfolioCollection.objects.count() == 15
        assert CollectionItem.objects.count() == 45

    def test_entries_are_written_in_every_language(self):
        assert set(PortfolioEntry.objects.values_list("language", flat=True)) == set(LANGUAGE_CODES)
        arabic = PortfolioEntry.objects.filter(language="ar").first()
        assert any("\u0600" <= char <= "\u06ff" for char in arabic.title)

    def test_every_kind_of_sharing_is_there(self):
        assert set(PortfolioEntry.objects.values_list("visibility", flat=True)) == set(Visibility.values)
        assert set(PortfolioCollection.objects.values_list("visibility", flat=True)) == set(Visibility.values)
        for entry in PortfolioEntry.objects.filter(visibility=Visibility.LINK):
            assert entry.link_is_live

    def test_every_entry_has_a_photo_and_colleagues_commented(self):
        assert Evidence.objects.filter(kind="image").count() == 45
        assert PortfolioComment.objects.count() >= 15
        for comment in PortfolioComment.objects.select_related("entry", "collection"):
            assert comment.subject.visibility in (Visibility.COLLEAGUES, Visibility.PUBLIC)

    def test_running_it_again_duplicates_nothing(self):
        before = counts()
        _educators, created = demo.PortfoliosDemoLoader().load()
        assert created == 0
        assert counts() == before

    def test_the_demo_photos_and_pages_are_served(self):
        entry = PortfolioEntry.objects.filter(visibility=Visibility.PUBLIC).first()
        photo = entry.evidence.get()
        assert self.client.get(reverse("portfolios:entry", args=[entry.pk])).status_code == 200
        assert self.client.get(reverse("portfolios:evidence", args=[photo.pk])).status_code == 200
        link = PortfolioCollection.objects.filter(visibility=Visibility.LINK).first()
        assert self.client.get(reverse("portfolios:link", args=[link.share_token])).status_code == 200
        assert self.client.get(reverse("portfolios:gallery")).status_code == 200
