"""Contract proposals and the agreement are published only with a Bargaining lead's approval.

Editors (Communications) may write and translate them and submit them to the "Bargaining
approval" workflow, but only Bargaining leads (and superusers) may publish or unpublish them
directly. The check lives in the page's permission tester, so every publishing path in Wagtail's
admin (edit view, bulk actions, wagtail-localize's translation editor) is covered on the server.
"""

from functools import cached_property

from wagtail.models import PagePermissionTester

BARGAINING_LEADS = "Bargaining leads"
BARGAINING_WORKFLOW = "Bargaining approval"


def is_bargaining_lead(user):
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=BARGAINING_LEADS).exists()


class BargainingApprovalPermissionTester(PagePermissionTester):
    @cached_property
    def _is_bargaining_lead(self):
        return is_bargaining_lead(self.user)

    def can_publish(self):
        return self._is_bargaining_lead and super().can_publish()

    def can_unpublish(self):
        return self._is_bargaining_lead and super().can_unpublish()

    def can_publish_subpage(self):
        return self._is_bargaining_lead and super().can_publish_subpage()


class RequiresBargainingApproval:
    """Mixed into page types whose publication a Bargaining lead must approve."""

    def permissions_for_user(self, user):
        return BargainingApprovalPermissionTester(user, self)
