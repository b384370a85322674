"""Credit tracking: totals by type and by standard in the renewal cycle, and the transcript PDF."""

import datetime
import io
from decimal import Decimal

from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest
from pypdf import PdfReader

from learning.catalog.credits import credit_summary, current_cycle_start
from learning.models.catalog import Certificate, CreditCycle
from tests.learning.catalog.factories import complete, make_offering

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(catalog, educator):
    pdp = make_offering(catalog, "PDP course", credit_type="pdp", credit_amount=Decimal("15"), standards=["relevant"])
    hours = make_offering(
        catalog, "Hours workshop", credit_type="hours", credit_amount=Decimal("3"), standards=["relevant", "inquiry"]
    )
    graduate = make_offering(
        catalog, "Graduate course", credit_type="graduate", credit_amount=Decimal("1"), standards=["documented"]
    )
    return [complete(offering, educator) for offering in (pdp, hours, graduate)]


def test_totals_convert_every_type_to_pdps(completed, educator):
    summary = credit_summary(educator)
    assert summary.by_type == {"pdp": Decimal("15"), "hours": Decimal("3"), "graduate": Decimal("1")}
    assert summary.total_points == Decimal("15") + Decimal("3") + Decimal("22.5")
    assert summary.target == Decimal("150")


def test_points_count_towards_each_standard_an_offering_meets(completed, educator):
    by_standard = credit_summary(educator).by_standard
    assert by_standard["relevant"] == Decimal("18")
    assert by_standard["inquiry"] == Decimal("3")
    assert by_standard["documented"] == Decimal("22.5")
    assert by_standard["continuous"] == 0


def test_a_withdrawn_certificate_does_not_count(completed, educator):
    Certificate.objects.filter(pk=completed[0].certificate.pk).update(revoked=True)
    assert credit_summary(educator).total_points == Decimal("25.5")


def test_credits_outside_the_cycle_do_not_count(completed, educator):
    old = timezone.now() - datetime.timedelta(days=6 * 365)
    Certificate.objects.filter(pk=completed[0].certificate.pk).update(issued_at=old)
    assert credit_summary(educator).total_points == Decimal("25.5")


def test_a_personal_cycle_start_sets_the_cycle(educator):
    CreditCycle.objects.create(user=educator, starts_on=datetime.date(2024, 9, 1))
    summary = credit_summary(educator, cycle_start=None)
    today = timezone.localdate()
    assert summary.cycle_start <= today <= summary.cycle_end
    assert (summary.cycle_start.month, summary.cycle_start.day) == (9, 1)


@override_settings(LEARNING_CREDIT_TARGET_POINTS=120, LEARNING_RENEWAL_CYCLE_YEARS=3)
def test_the_target_and_cycle_length_come_from_the_settings(educator):
    summary = credit_summary(educator, cycle_start=datetime.date(2025, 1, 1))
    assert summary.target == Decimal("120")
    assert summary.cycle_end == datetime.date(2027, 12, 31)


def test_the_cycle_rolls_forward_by_whole_cycles(educator):
    CreditCycle.objects.create(user=educator, starts_on=datetime.date(2010, 7, 1))
    start = current_cycle_start(educator, today=datetime.date(2026, 11, 24))
    assert start == datetime.date(2025, 7, 1)


def test_the_transcript_pdf_lists_the_offerings_and_the_total(client, completed, educator):
    educator.preferred_language = "en"
    educator.save()
    client.force_login(educator)
    response = client.get(reverse("learning:transcript_pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = "".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split())
    for title in ("PDPcourse", "Hoursworkshop", "Graduatecourse"):
        assert title in text
    assert "40.5" in text


def test_my_learning_shows_the_credits(client, completed, educator):
    client.force_login(educator)
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 200
    assert "40.5" in response.content.decode()
