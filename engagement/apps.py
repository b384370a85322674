from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    """Surveys, listening sessions, stories, partners, mentors and the Action Team network."""

    name = "engagement"
    verbose_name = _("Community engagement")
