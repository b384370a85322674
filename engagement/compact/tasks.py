"""Background work of the compact: the e-mails, queued after the signature is committed.

Tasks take ids and read the signature again; one erased in between is skipped.
"""

from django_tasks import task

from engagement.compact import emails
from engagement.models.compact import CompactSignature


def _signature(signature_id):
    return CompactSignature.objects.select_related("compact_page").filter(pk=signature_id).first()


@task()
def send_verification(signature_id):
    signature = _signature(signature_id)
    if signature is not None and not signature.is_verified:
        emails.verification(signature)


@task()
def tell_already_signed(signature_id, language):
    signature = _signature(signature_id)
    if signature is not None:
        emails.already_signed(signature, language)
