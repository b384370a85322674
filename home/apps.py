from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class HomeConfig(AppConfig):
    """The core: home and standard pages, news, navigation, users, shared blocks, PDFs, demo data."""

    default = True
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import account_data, page_cache, patches, pdf_publishing, signals  # noqa: F401  (connect the signal handlers)

        patches.apply()
        # The first source of the privacy export and of account deletion: the account itself.
        account_data.register_account_source()


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with our user's extra fields (see home/admin_users.py)."""

    user_viewset = "home.admin_users.UserViewSet"
