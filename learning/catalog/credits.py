"""Credit tracking: an educator's credits in their licence-renewal cycle, against the target.

Every completed offering's certificate counts once, in the cycle its certificate was issued in.
Amounts are kept in their own unit per type (``by_type``), and counted as PDPs at the state's rates
(``settings.LEARNING_POINTS_PER_CREDIT``) for the total and for each standard the offering meets
(``by_standard``: an offering meeting three standards counts towards each of the three).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from engagement.models.mentoring import add_months
from learning.models.catalog import Certificate, CreditCycle, CreditType, OfferingStandard
from learning.standards import Standard


@dataclass
class CreditSummary:
    cycle_start: datetime.date
    cycle_end: datetime.date  # the last day of the cycle
    target: Decimal
    total_points: Decimal = Decimal("0")
    by_type: dict = field(default_factory=dict)  # credit type code → amount in its own unit
    by_standard: dict = field(default_factory=dict)  # standard code → PDPs
    certificates: list = field(default_factory=list)

    @property
    def remaining_points(self):
        return max(self.target - self.total_points, Decimal("0"))

    @property
    def percent(self):
        if not self.target:
            return 100
        return min(int(self.total_points * 100 / self.target), 100)


def points_for(credit_type, amount):
    rate = Decimal(str(settings.LEARNING_POINTS_PER_CREDIT.get(credit_type, "0")))
    return (Decimal(amount) * rate).quantize(Decimal("0.01"))


def cycle_years():
    return int(settings.LEARNING_RENEWAL_CYCLE_YEARS)


def current_cycle_start(user, today=None):
    """The start of the user's cycle that contains ``today``.

    From their own cycle start (set in the admin) if they have one, else from the day they joined,
    moved forward by whole cycles.
    """
    today = today or timezone.localdate()
    cycle = CreditCycle.objects.filter(user=user).first()
    start = cycle.starts_on if cycle else timezone.localdate(user.date_joined)
    months = 12 * cycle_years()
    while add_months(start, months) <= today:
        start = add_months(start, months)
    return start


def credit_summary(user, cycle_start=None):
    """The user's credits in the cycle starting ``cycle_start`` (their current cycle by default). Two queries."""
    start = cycle_start or current_cycle_start(user)
    end = add_months(start, 12 * cycle_years()) - datetime.timedelta(days=1)
    summary = CreditSummary(
        cycle_start=start,
        cycle_end=end,
        target=Decimal(str(settings.LEARNING_CREDIT_TARGET_POINTS)),
        by_type={code: Decimal("0") for code in CreditType.values},
        by_standard={code: Decimal("0") for code in Standard.values},
    )
    certificates = list(
        Certificate.objects.filter(
            enrolment__educator=user,
            revoked=False,
            issued_at__date__gte=start,
            issued_at__date__lte=end,
        )
        .select_related("enrolment__offering")
        .order_by("issued_at", "pk")
    )
    standards_of = {}
    for row in OfferingStandard.objects.filter(
        page_id__in={certificate.enrolment.offering_id for certificate in certificates}
    ).values("page_id", "standard"):
        standards_of.setdefault(row["page_id"], set()).add(row["standard"])
    for certificate in certificates:
        points = points_for(certificate.credit_type, certificate.credit_amount)
        certificate.points = points
        summary.by_type[certificate.credit_type] = summary.by_type.get(certificate.credit_type, 0) + (
            certificate.credit_amount
        )
        summary.total_points += points
        for code in standards_of.get(certificate.enrolment.offering_id, ()):
            if code in summary.by_standard:
                summary.by_standard[code] += points
    summary.certificates = certificates
    return summary
