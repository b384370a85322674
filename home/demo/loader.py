"""Build the demo: the English pages and snippets, the default site, the translations, an admin.

Idempotent: what exists already (found by slug) is reused as it is, so a second run creates
nothing, and edits made in the admin since the first run are kept.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Site

from allauth.account.models import EmailAddress

from home.demo import content
from home.demo.pages import DemoContentError, existing_or_new_page, publish_created_pages
from home.demo.spec import LANGUAGE_CODES, SOURCE_LANGUAGE, Text, localize
from home.demo.translate import TranslationReport, translate_object
from home.models import (
    FooterContent,
    HomePage,
    NavigationItem,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    StandardPage,
    User,
)

PAGE_MODELS = {model.__name__: model for model in (HomePage, StandardPage, NewsIndexPage, NewsPage)}
SITE_NAME = "Common Good"
SITE_HOSTNAME = "localhost"
SITE_PORT = 80
ADMIN_EMAIL = "admin@example.org"


@dataclass
class AdminAccount:
    email: str
    password: str | None  # None when the account already existed: its password was left alone
    created: bool


@dataclass
class LoadSummary:
    pages: list = field(default_factory=list)
    pages_created: int = 0
    snippets_created: int = 0
    translation: TranslationReport = field(default_factory=TranslationReport)
    admin: AdminAccount | None = None


class DemoLoader:
    """Loads ``home.demo.content`` into the database. Run it inside a transaction."""

    def __init__(self):
        self.summary = LoadSummary()
        self.pages_by_slug = {}
        self.created_page_ids = set()
        self.source_locale = None

    def load(self, admin_password):
        locales = self._locales()
        self.source_locale = locales[SOURCE_LANGUAGE]
        target_locales = [locale for code, locale in locales.items() if code != SOURCE_LANGUAGE]

        home = self._home_page(content.HOME)
        self._default_site(home)
        topics = [(spec, self._topic(spec)) for spec in content.TOPICS]
        pages = self._page_tree(content.HOME, home, {spec.slug: topic for spec, topic in topics})
        menus = [(spec, self._menu(spec)) for spec in content.MENUS]
        footer = self._footer(content.FOOTER)

        # Parents before children: a translated page is created under its translated parent.
        # Pages before menus: a translated menu links to the translated pages.
        report = self.summary.translation
        for spec, page in pages:
            translate_object(page, self.page_values(spec, page), target_locales, report)
        for spec, topic in topics:
            translate_object(topic, spec.translatable_values(), target_locales, report)
        for spec, menu in menus:
            translate_object(menu, spec.translatable_values(), target_locales, report)
        translate_object(footer, content.FOOTER.translatable_values(), target_locales, report)

        self.summary.pages = [page for _spec, page in pages]
        self.summary.admin = self._admin_account(admin_password)
        return self.summary

    def _locales(self):
        locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGE_CODES)}
        missing = [code for code in LANGUAGE_CODES if code not in locales]
        if missing:
            raise DemoContentError(f"No locale for {', '.join(missing)}: run `manage.py migrate` first.")
        return {code: locales[code] for code in LANGUAGE_CODES}

    # Pages

    def _home_page(self, spec):
        home = HomePage.objects.filter(depth=2, locale=self.source_locale).first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        self._remove_welcome_page(root)
        home = HomePage(
            title=spec.title[SOURCE_LANGUAGE],
            slug=find_available_slug(root, spec.slug),
            locale=self.source_locale,
            **localize(spec.fields, SOURCE_LANGUAGE),
        )
        root.add_child(instance=home)
        self.created_page_ids.add(home.pk)
        return home

    def _remove_welcome_page(self, root):
        """Wagtail's "Welcome to your new Wagtail site!": a bare Page, which nobody can create in the admin."""
        bare_page = ContentType.objects.get_for_model(Page)
        for page in root.get_children().filter(content_type=bare_page, numchild=0):
            page.delete()

    def _default_site(self, home):
        site = (
            Site.objects.filter(hostname=SITE_HOSTNAME, port=SITE_PORT).first()
            or Site.objects.filter(is_default_site=True).first()
            or Site()
        )
        wanted = {
            "hostname": SITE_HOSTNAME,
            "port": SITE_PORT,
            "root_page_id": home.pk,
            "is_default_site": True,
            "site_name": SITE_NAME,
        }
        if site.pk is None or any(getattr(site, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
        Site.objects.filter(is_default_site=True).exclude(pk=site.pk).update(is_default_site=False)

    def _page_tree(self, home_spec, home, topics_by_slug):
        """The English pages of the demo, parents first, creating the missing ones."""
        pages = []
        for spec, parent_spec in home_spec.walk():
            if parent_spec is None:
                page = home
            else:
                page = self._page(self.pages_by_slug[parent_spec.slug], spec, topics_by_slug)
            self.pages_by_slug[spec.slug] = page
            pages.append((spec, page))
        return publish_created_pages(pages, self.created_page_ids, self._page_id, self.summary)

    def _page(self, parent, spec, topics_by_slug):
        fields = localize(spec.fields, SOURCE_LANGUAGE)
        page = existing_or_new_page(parent, spec, PAGE_MODELS[spec.model], self.source_locale, fields)
        if page.pk is not None:
            return page
        if spec.topics:
            page.topics = [topics_by_slug[slug] for slug in spec.topics]
        parent.add_child(instance=page)
        self.created_page_ids.add(page.pk)
        return page

    def _page_id(self, slug):
        return self.pages_by_slug[slug].pk

    def page_values(self, spec, page):
        """The texts ``translate_object`` needs for a page of the demo: its spec's and its slug."""
        return [*spec.translatable_values(), self._slug_text(page)]

    def _slug_text(self, page):
        """Slugs stay English. Pages at the top of the tree get Wagtail's ``-<language>`` suffix,
        as they are siblings of the English page there."""
        if page.depth > 2:
            return Text.same(page.slug)
        return Text.per_language(lambda code: page.slug if code == SOURCE_LANGUAGE else f"{page.slug}-{code}")

    # Snippets

    def _topic(self, spec):
        topic = NewsTopic.objects.filter(slug=spec.slug, locale=self.source_locale).first()
        if topic is None:
            topic = NewsTopic.objects.create(name=spec.name[SOURCE_LANGUAGE], slug=spec.slug, locale=self.source_locale)
            self.summary.snippets_created += 1
        return topic

    def _menu(self, spec):
        menu = NavigationMenu.objects.filter(slug=spec.slug, locale=self.source_locale).first()
        if menu is None:
            menu = NavigationMenu(name=spec.name[SOURCE_LANGUAGE], slug=spec.slug, locale=self.source_locale)
            menu.items = [
                NavigationItem(link_page=self.pages_by_slug[slug], locale=self.source_locale, sort_order=index)
                for index, slug in enumerate(spec.pages)
            ]
            menu.save()
            self.summary.snippets_created += 1
        return menu

    def _footer(self, spec):
        footer = FooterContent.objects.filter(slug=spec.slug, locale=self.source_locale).first()
        if footer is None:
            footer = FooterContent.objects.create(
                slug=spec.slug,
                text=spec.text.html(SOURCE_LANGUAGE),
                contact=spec.contact[SOURCE_LANGUAGE],
                locale=self.source_locale,
            )
            self.summary.snippets_created += 1
        return footer

    # The admin account

    def _admin_account(self, password):
        user = User.objects.filter(email__iexact=ADMIN_EMAIL).first()
        created = user is None
        if created:
            user = User.objects.create_superuser(ADMIN_EMAIL, password, first_name="Demo", last_name="Admin")
        # A verified primary address lets the account sign in on the public site too (allauth).
        address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
        if address is None:
            address = EmailAddress(user=user, email=user.email)
        if address.pk is None or not (address.primary and address.verified):
            EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk).update(primary=False)
            address.primary = address.verified = True
            address.save()
        return AdminAccount(email=user.email, password=password if created else None, created=created)
