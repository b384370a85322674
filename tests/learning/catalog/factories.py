"""Factories for the catalog's tests: a catalog page, offerings with sessions and standards, people."""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone

from home.choices import MemberRole
from home.roles import LEARNING_COORDINATORS
from learning.models.catalog import CatalogPage, OfferingPage, OfferingSession, OfferingStandard
from tests.engagement.mentoring.factories import EducatorFactory
from tests.factories import UserFactory

__all__ = ["EducatorFactory", "make_catalog", "make_coordinator", "make_offering"]


def make_coordinator(**fields):
    user = UserFactory(first_name="Coordinator", last_name="Haddad", member_role=MemberRole.STAFF, **fields)
    user.groups.add(Group.objects.get(name=LEARNING_COORDINATORS))
    return user


def make_catalog(home, title="Professional learning", slug="professional-learning"):
    catalog = CatalogPage(title=title, slug=slug, intro="<p>Learning led by educators.</p>")
    home.add_child(instance=catalog)
    catalog.save_revision().publish()
    return CatalogPage.objects.get(pk=catalog.pk)


def make_offering(
    catalog,
    title="Reading workshop",
    *,
    sessions=2,
    standards=("relevant", "educator-led"),
    facilitators=(),
    start=None,
    live=True,
    **fields,
):
    """A live offering under ``catalog`` with ``sessions`` weekly sessions from ``start`` (next week by default)."""
    start = start or timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    defaults = {
        "summary": f"{title}: a short summary.",
        "format": "workshop",
        "capacity": 10,
        "credit_type": "pdp",
        "credit_amount": Decimal("10"),
        "language_of_instruction": "en",
        "min_sessions_attended": 1,
        "reflection_required": True,
        "grade_bands": ["middle"],
        "subjects": ["english"],
        "audience_roles": ["classroom-teacher"],
    }
    defaults.update(fields)
    page = OfferingPage(title=title, live=live, **defaults)
    page.standards = [OfferingStandard(standard=code, how=f"How it is {code}.") for code in standards]
    page.sessions = [
        OfferingSession(
            starts_at=start + datetime.timedelta(days=7 * number),
            ends_at=start + datetime.timedelta(days=7 * number, hours=2),
            place="Union hall",
        )
        for number in range(sessions)
    ]
    page.facilitators.set(list(facilitators))
    catalog.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return OfferingPage.objects.get(pk=page.pk)


def complete(offering, educator, reflection="What I tried and what changed."):
    """Enrol ``educator`` and complete ``offering`` (attendance at every session, the reflection)."""
    from learning.catalog import services

    facilitator = offering.original.facilitators.first() or make_coordinator()
    enrolment = services.enrol(offering, educator)
    services.write_reflection(enrolment, reflection, educator)
    for session in offering.original.sessions.all():
        services.record_attendance(session, [enrolment.pk], facilitator)
    enrolment.refresh_from_db()
    return enrolment
