from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    """Vision, platform, contract proposals, bargaining sessions and the agreement."""

    name = "proposals"
    verbose_name = _("Proposals and bargaining")

    def ready(self):
        from proposals import signals

        signals.connect()
