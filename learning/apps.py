from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from engagement.apps import connect_domains

DOMAINS = ("catalog", "portfolios")


class LearningConfig(AppConfig):
    """Professional-learning catalog, enrolment, portfolios and credit tracking."""

    name = "learning"
    verbose_name = _("Professional learning")

    def ready(self):
        connect_domains("learning", DOMAINS)
