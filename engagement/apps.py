from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    """Surveys, listening sessions, stories, partners, mentors and the Action Team network."""

    name = "engagement"
    verbose_name = _("Community engagement")

    def ready(self):
        from engagement.mentoring import privacy as mentoring_privacy

        mentoring_privacy.register_sources()

        from engagement.surveys import privacy as survey_privacy

        survey_privacy.register_sources()

        from engagement.surveys import signals as survey_signals

        survey_signals.connect()
