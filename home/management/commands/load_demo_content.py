"""``manage.py load_demo_content``: the demo site in every language (``make demo`` runs it)."""

import contextlib
import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from wagtail.models import Locale, Page

from home import pdf_publishing
from home.demo.loader import ADMIN_EMAIL, DemoContentError, DemoLoader

# Each feature's demo, loaded in this order after the site itself; each loader takes the home loader
# (its locales, pages and translation helper) and has a load() method.
FEATURE_LOADERS = (
    "proposals.demo.loader.ProposalsDemoLoader",
    "engagement.stories.demo.StoriesDemoLoader",
    "engagement.surveys.demo.SurveysDemoLoader",
    "engagement.mentoring.demo.MentoringDemoLoader",
    "engagement.network.demo.NetworkDemoLoader",
    "engagement.compact.demo.CompactDemoLoader",
    "engagement.listening.demo.ListeningDemoLoader",
    "learning.catalog.demo.CatalogDemoLoader",
    "learning.portfolios.demo.PortfoliosDemoLoader",
    # Last: links the features' front pages from the footer menu.
    "home.demo.menus.FeatureLinksDemoLoader",
)

# Wagtail logs every page created and published, django-tasks every task it runs: a few thousand
# lines for the demo. Shown with --verbosity 2.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


class Command(BaseCommand):
    help = (
        "Load the demo content: a home page, about and get-involved pages, news, menus and footer, the vision, "
        "platform, contract proposals, bargaining sessions and agreement, in English and translated through "
        "wagtail-localize into every language, plus an admin account "
        f"({ADMIN_EMAIL}). Safe to run again: what exists is kept, nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            help=f"Password for a new {ADMIN_EMAIL} account (default: the DEMO_ADMIN_PASSWORD setting). "
            "An existing account keeps its password.",
        )

    def handle(self, *args, admin_password=None, **options):
        password = admin_password or settings.DEMO_ADMIN_PASSWORD
        started = time.monotonic()
        quiet = options["verbosity"] < 2
        try:
            with (
                _loggers_at_warning(CHATTY_LOGGERS) if quiet else contextlib.nullcontext(),
                # A few hundred pages are published: each PDF is rendered on its first request
                # instead of all at the end of the load.
                pdf_publishing.renders_paused(),
                transaction.atomic(),
            ):
                home_loader = DemoLoader()
                summary = home_loader.load(admin_password=password)
                for dotted_path in FEATURE_LOADERS:
                    import_string(dotted_path)(home_loader).load()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        self._report(summary, time.monotonic() - started)

    def _report(self, summary, seconds):
        translation = summary.translation
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded in {seconds:.1f} s: {summary.pages_created} English pages and "
                f"{summary.snippets_created} snippets created, {translation.strings_created} strings translated, "
                f"{translation.targets_saved} translations saved."
            )
        )
        keys = [page.translation_key for page in summary.pages]
        for locale in Locale.objects.order_by("pk"):
            live = Page.objects.filter(translation_key__in=keys, locale=locale).live().count()
            self.stdout.write(f"  {locale.language_code:8} {live} of {len(keys)} demo pages live")
        for object_repr, language, string in translation.missing:
            self.stderr.write(f"  No {language} translation for {string[:60]!r} in {object_repr!r}")

        admin = summary.admin
        self.stdout.write("")
        self.stdout.write(f"Admin:    {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/")
        self.stdout.write(f"E-mail:   {admin.email}")
        if admin.created:
            self.stdout.write(f"Password: {admin.password}")
        else:
            self.stdout.write("Password: unchanged (the account already existed)")


@contextlib.contextmanager
def _loggers_at_warning(names):
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
