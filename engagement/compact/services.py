"""The rules of the compact and of community partners: signing, verifying, counting, status changes.

A signature counts once its e-mail address is verified through a signed link. The link carries the
signature's id and its current nonce, signed with the site's secret (``django.core.signing``), so it
cannot be guessed or altered, and it expires after ``VERIFICATION_MAX_AGE``. Signing again with the
same address never makes a second signature: an unverified one is updated and sent a new link (the
old link stops working), a verified one is told by e-mail that it already counts.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from engagement.models.compact import (
    CommunityPartner,
    CompactSignature,
    PartnerKind,
    PartnerStatus,
    PartnerStatusChange,
    SignerKind,
)
from home.after_commit import enqueue_after_commit

TOKEN_SALT = "engagement.compact.verify"
VERIFICATION_MAX_AGE = datetime.timedelta(days=14)
# The public list shows at most this many names (the count is always complete).
LIST_LIMIT = 500


# Signing


@dataclass
class SignOn:
    """What a signer gave on the form, cleaned."""

    kind: str
    name: str
    email: str
    organisation_name: str = ""
    neighbourhood: str = ""
    show_publicly: bool = False
    language: str = "en"


def sign(page, sign_on):
    """File ``sign_on`` under ``page``'s compact and queue its e-mail; returns the signature.

    One transaction; the e-mail goes after commit, and its failure is logged, never raised.
    """
    email = sign_on.email.strip().lower()
    fields = {
        "compact_page": page,
        "kind": sign_on.kind,
        "organisation_name": sign_on.organisation_name if sign_on.kind == SignerKind.ORGANISATION else "",
        "name": sign_on.name,
        "neighbourhood": sign_on.neighbourhood,
        "show_publicly": sign_on.show_publicly,
        "language": sign_on.language,
    }
    for _attempt in range(2):
        try:
            with transaction.atomic():
                signature, already_verified = _file_signature(page, email, fields)
                _queue_email(signature.pk, already_verified, sign_on.language)
            return signature
        except IntegrityError:
            # Another request (a double click) created it between our look and our insert: look again.
            continue
    raise RuntimeError("Could not file the signature")  # pragma: no cover - two races in a row


def _file_signature(page, email, fields):
    """The signature of ``email`` (new, or updated while unverified), and whether it was verified already."""
    signature = CompactSignature.objects.select_for_update().filter(compact_key=page.compact_key, email=email).first()
    if signature is None:
        signature = CompactSignature.objects.create(
            compact_key=page.compact_key, email=email, verification_sent_at=timezone.now(), **fields
        )
        return signature, False
    if signature.is_verified:
        return signature, True
    # Not verified yet: the newest details win, and only the newest link works.
    for name, value in fields.items():
        setattr(signature, name, value)
    signature.signed_at = signature.verification_sent_at = timezone.now()
    signature.verification_nonce = uuid.uuid4()
    signature.save()
    return signature, False


def _queue_email(signature_id, already_verified, language):
    """After commit: a new link to confirm, or a note that the signature already counts."""
    from engagement.compact import tasks

    if already_verified:
        enqueue_after_commit(tasks.tell_already_signed, signature_id, language)
    else:
        enqueue_after_commit(tasks.send_verification, signature_id)


# Verifying


def make_token(signature):
    return signing.dumps([signature.pk, signature.verification_nonce.hex], salt=TOKEN_SALT, compress=False)


class InvalidLink(Exception):
    """The link was altered, has expired, or its signature is gone or was signed again since."""


def signature_for_token(token):
    try:
        value = signing.loads(token, salt=TOKEN_SALT, max_age=VERIFICATION_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is one too
        raise InvalidLink from error
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and isinstance(value[1], str)):
        raise InvalidLink
    signature_id, nonce = value
    signature = CompactSignature.objects.filter(pk=signature_id).select_related("compact_page").first()
    if signature is None or signature.verification_nonce.hex != nonce:
        raise InvalidLink
    return signature


@dataclass
class Verification:
    signature: CompactSignature
    newly_verified: bool


def verify(token):
    """Mark the signature of ``token`` verified; a second click finds it verified already."""
    with transaction.atomic():
        signature = signature_for_token(token)
        signature = (
            CompactSignature.objects.select_for_update(of=("self",)).select_related("compact_page").get(pk=signature.pk)
        )
        if signature.is_verified:
            return Verification(signature, newly_verified=False)
        signature.verified_at = timezone.now()
        signature.save(update_fields=["verified_at"])
        if signature.kind == SignerKind.ORGANISATION:
            link_to_partner(signature)
        return Verification(signature, newly_verified=True)


def link_to_partner(signature):
    """Tie a verified organisation's signature to its partner record.

    Organizers want to hear of every organisation that signs: the partner of the same name (in any
    case) when there is one, else a new "proposed" partner with the signer as its contact, which an
    Organizer then vets. Organizers can change the link in the admin.
    """
    if signature.partner_id:
        return signature.partner
    partner = CommunityPartner.objects.filter(name__iexact=signature.organisation_name.strip()).order_by("pk").first()
    if partner is None:
        partner = CommunityPartner.objects.create(
            name=signature.organisation_name.strip(),
            kind=PartnerKind.OTHER,
            neighbourhood=signature.neighbourhood,
            contact_name=signature.name,
            email=signature.email,
            notes=f"Signed the community compact on {timezone.localdate(signature.verified_at):%Y-%m-%d}.",
            status=PartnerStatus.PROPOSED,
        )
        PartnerStatusChange.objects.create(partner=partner, to_status=PartnerStatus.PROPOSED)
    signature.partner = partner
    signature.save(update_fields=["partner"])
    return partner


# Counting


@dataclass
class Tally:
    total: int
    organisations: int
    individuals: int
    listed: list
    # Listed signers beyond the names shown (the list stops at ``list_limit``).
    not_shown: int = 0


def tally(page, list_limit=LIST_LIMIT):
    """The verified count and the names shown on the page, in two queries whatever their number."""
    counts = (
        CompactSignature.objects.for_compact(page)
        .verified()
        .aggregate(
            total=Count("pk"),
            organisations=Count("pk", filter=Q(kind=SignerKind.ORGANISATION)),
            individuals=Count("pk", filter=Q(kind=SignerKind.INDIVIDUAL)),
            listed=Count("pk", filter=Q(show_publicly=True)),
        )
    )
    listed = list(
        CompactSignature.objects.for_compact(page)
        .listed()
        .order_by("kind", "organisation_name", "name", "pk")
        .values("kind", "organisation_name", "name")[:list_limit]
    )
    return Tally(
        total=counts["total"],
        organisations=counts["organisations"],
        individuals=counts["individuals"],
        listed=listed,
        not_shown=max(counts["listed"] - len(listed), 0),
    )


# Partners


def record_status_change(partner, previous_status, user):
    """After a partner is saved: when its status changed (or it is new), note who and when."""
    if previous_status == partner.status:
        return None
    now = timezone.now()
    CommunityPartner.objects.filter(pk=partner.pk).update(status_changed_at=now, status_changed_by=user)
    partner.status_changed_at, partner.status_changed_by = now, user
    return PartnerStatusChange.objects.create(
        partner=partner, from_status=previous_status or "", to_status=partner.status, changed_by=user, changed_at=now
    )
