"""A person's rights over their data: the download of everything we keep, and deleting the account.

Both are built from the sources registered in ``home.privacy``: each app says what it keeps about a
person, how to export it and how to erase it. This module registers the first source, "account"
(the user's own account and profile), from ``HomeConfig.ready``.
"""

import json
import posixpath
import shutil
import tempfile
import zipfile

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from home import audit
from home.privacy import PersonalDataSource, personal_data_sources, register_personal_data

# Exports bigger than this spill from memory to a temporary file.
SPOOL_BYTES = 10 * 1024 * 1024
COPY_CHUNK_BYTES = 1024 * 1024


# The "account" source ------------------------------------------------------------------------


def export_account(user):
    from allauth.account.models import EmailAddress

    return {
        "id": user.pk,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "phone": user.phone,
        "school": user.school.name if user.school_id else None,
        "role": user.member_role,
        "role_label": str(user.get_member_role_display()),
        "years_of_service": user.years_of_service,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_staff_member": user.is_staff or user.groups.exists(),
        "staff_groups": sorted(user.groups.values_list("name", flat=True)),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
    }


def erase_account(user):
    # The user row itself is deleted after every source has run; what stays behind is the audit
    # trail, which Wagtail labels with the person's name.
    audit.anonymise_log_labels(user)


ACCOUNT_SOURCE = PersonalDataSource(name="account", export=export_account, erase=erase_account)


def register_account_source():
    register_personal_data(ACCOUNT_SOURCE)


# Export ---------------------------------------------------------------------------------------


def _safe_member_name(path):
    """A path inside the ZIP that cannot climb out of its folder when unpacked."""
    parts = [
        part for part in posixpath.normpath(str(path).replace("\\", "/")).split("/") if part not in ("", ".", "..")
    ]
    return "/".join(parts) or "file"


def export_filename(user):
    return f"common-good-my-data-{timezone.localdate():%Y-%m-%d}.zip"


def build_export(user):
    """A ZIP of everything the sources hold about ``user``, as an open file positioned at its start.

    One ``<source>.json`` per source (UTF-8, indented), the person's uploads under
    ``files/<source>/``, and a README.txt in the person's language.
    """
    archive = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - the response closes it
    json_names, file_names, unreadable = [], [], []
    # Labels the sources put in their data (a role, a status) come out in the person's language too.
    with translation.override(user.preferred_language), zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zip_file:
        for source in personal_data_sources():
            data = source.export(user)
            name = f"{_safe_member_name(source.name)}.json"
            zip_file.writestr(name, json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2) + "\n")
            json_names.append(name)
            for path, stored_file in source.files(user):
                member = f"files/{_safe_member_name(source.name)}/{_safe_member_name(path)}"
                try:
                    with stored_file.open("rb") as opened, zip_file.open(member, "w") as target:
                        shutil.copyfileobj(opened, target, COPY_CHUNK_BYTES)
                except OSError:
                    # A file missing from storage must not cost the person the rest of their data.
                    unreadable.append(member)
                    continue
                file_names.append(member)
        readme = render_to_string(
            "home/account/export_readme.txt",
            {
                "user": user,
                "json_names": json_names,
                "file_names": file_names,
                "unreadable": unreadable,
                "created": timezone.localtime(),
            },
        )
        zip_file.writestr("README.txt", readme)
    archive.seek(0)
    return archive


# Deletion -------------------------------------------------------------------------------------


class LastSuperuserError(Exception):
    """The only active superuser may not delete their own account: nobody could run the site."""


def is_last_superuser(user, *, lock=False):
    if not user.is_superuser:
        return False
    others = get_user_model().objects.filter(is_superuser=True, is_active=True).exclude(pk=user.pk)
    if lock:
        # Two superusers deleting themselves at once must not both succeed.
        others = others.select_for_update()
    return not list(others.values_list("pk", flat=True)[:1])


def delete_account(user):
    """Erase the person's data from every source, record the deletion, delete the user; all or nothing."""
    with transaction.atomic():
        if is_last_superuser(user, lock=True):
            raise LastSuperuserError
        for source in personal_data_sources():
            source.erase(user)
        audit.log_account_deletion(user)
        user.delete()
