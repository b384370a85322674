"""Factories for the tests: small, explicit trees instead of the full demo content."""

import datetime

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from home.models import HomePage, NewsIndexPage, NewsPage, NewsTopic, StandardPage, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Alex"
    last_name = "Rivera"
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Common Good"
    slug = "home"
    lead = "Schools our students deserve, built together."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About us {n}")
    intro = "Who we are and what we do."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    summary = "What happened, in two lines."
    author = "Communications team"
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))


class NewsTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsTopic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


def make_site(hostname="testserver"):
    """A home page in English as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname=hostname, port=80, root_page=home, is_default_site=True, site_name="Common Good")
    return home


def translate_page(page, language_code, **fields):
    """Publish a translation of ``page`` with the given fields changed."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)
