from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """Professional-learning catalog, enrolment, portfolios and credit tracking."""

    name = "learning"
    verbose_name = _("Professional learning")
