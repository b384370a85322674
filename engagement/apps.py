from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Each domain may have a ``privacy`` module (``register_sources()``: what it holds about a person, for
# "Download my data" and account deletion) and a ``signals`` module (``connect()``).
DOMAINS = ("mentoring", "surveys", "listening", "stories", "compact", "network")
DOMAIN_HOOKS = (("privacy", "register_sources"), ("signals", "connect"))


def import_domain_module(package, domain, module_name):
    """The module ``package.domain.module_name``, or None when the domain has no such module."""
    dotted = f"{package}.{domain}.{module_name}"
    try:
        return import_module(dotted)
    except ModuleNotFoundError as error:
        if error.name != dotted:
            raise  # the module exists and imports something missing: a real error
        return None


def connect_domains(package, domains):
    for domain in domains:
        for module_name, function_name in DOMAIN_HOOKS:
            module = import_domain_module(package, domain, module_name)
            if module is not None:
                getattr(module, function_name)()


class EngagementConfig(AppConfig):
    """Surveys, listening sessions, stories, partners, mentors and the Action Team network."""

    name = "engagement"
    verbose_name = _("Community engagement")

    def ready(self):
        connect_domains("engagement", DOMAINS)
