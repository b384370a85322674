"""The audit log of personal data: who looked at whose data, who exported or deleted their account.

Entries are Wagtail log entries, so they appear in the admin's site history report (Reports → Site
history) beside page edits, and can be filtered by action and user there. The actions are registered
with the ``register_log_actions`` hook in ``home/wagtail_hooks.py``.

Entries never carry personal data themselves: the label names the kind of record and its id
("user #12"), and ``data`` holds ids and a short description of what was seen, so an entry can stay
after the person's account is deleted.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as wagtail_log
from wagtail.models import ModelLogEntry

VIEW_PERSONAL_DATA = "commongood.view_personal_data"
EXPORT_PERSONAL_DATA = "commongood.export_personal_data"
DELETE_ACCOUNT = "commongood.delete_account"

# A description of what was seen is a few words ("mentor profile", "RSVP list"), never data.
MAX_WHAT_LENGTH = 200


class ViewedPersonalData(LogFormatter):
    label = _("Viewed personal data")

    def format_message(self, log_entry):
        what = (log_entry.data or {}).get("what")
        if what:
            return _("Viewed personal data: %(what)s") % {"what": what}
        return _("Viewed personal data")


class ExportedPersonalData(LogFormatter):
    label = _("Exported personal data")
    message = _("Downloaded their own data")


class DeletedAccount(LogFormatter):
    label = _("Deleted account")
    message = _("Account deleted by its owner")


def register_actions(actions):
    """Called by the ``register_log_actions`` hook."""
    actions.register_action(VIEW_PERSONAL_DATA)(ViewedPersonalData)
    actions.register_action(EXPORT_PERSONAL_DATA)(ExportedPersonalData)
    actions.register_action(DELETE_ACCOUNT)(DeletedAccount)


def neutral_label(instance):
    """ "user #12": what the entry is about, without a name or an address in it."""
    with translation.override(settings.LANGUAGE_CODE):
        return f"{instance._meta.verbose_name} #{instance.pk}"


def person_id_of(instance):
    """The id of the person a record is about: the user itself, or the record's ``user``."""
    if isinstance(instance, get_user_model()):
        return instance.pk
    return getattr(instance, "user_id", None)


def log_personal_data_view(viewer, instance, what=""):
    """Record that ``viewer`` (a staff member) opened ``instance``, a record about another person.

    Call it from any view that shows one person's data to someone else. Nothing is logged when the
    viewer is the person the record is about, or when nobody is signed in.
    """
    if viewer is None or not viewer.is_authenticated or instance is None or instance.pk is None:
        return None
    person_id = person_id_of(instance)
    if person_id is not None and person_id == viewer.pk:
        return None
    data = {"what": str(what)[:MAX_WHAT_LENGTH]} if what else {}
    if person_id is not None:
        data["person_id"] = person_id
    return wagtail_log(
        instance=instance, action=VIEW_PERSONAL_DATA, user=viewer, title=neutral_label(instance), data=data
    )


def log_export(user):
    return wagtail_log(instance=user, action=EXPORT_PERSONAL_DATA, user=user, title=neutral_label(user))


def log_account_deletion(user):
    """Before the user row goes: the entry keeps the id only."""
    return wagtail_log(
        instance=user,
        action=DELETE_ACCOUNT,
        user=user,
        title=neutral_label(user),
        data={"user_id": user.pk},
    )


def anonymise_log_labels(user):
    """Wagtail labels the entries about a user (created, edited...) with their name: keep the entries,
    drop the name."""
    content_type = ContentType.objects.get_for_model(user, for_concrete_model=False)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(user.pk)).update(label=neutral_label(user))
