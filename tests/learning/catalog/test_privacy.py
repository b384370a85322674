"""The catalog's part of the privacy export (read back from the ZIP) and of account deletion."""

import json
import zipfile

import pytest

from home import account_data
from learning.catalog import services
from learning.models.catalog import Certificate, Enrolment, EnrolmentStatus, OfferingProposal
from tests.learning.catalog.factories import EducatorFactory, complete, make_offering

pytestmark = pytest.mark.django_db


def export_of(user):
    with zipfile.ZipFile(account_data.build_export(user)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")}


def test_the_export_holds_enrolments_reflections_certificates_and_proposals(catalog, educator):
    offering = make_offering(catalog, reflection_required=True)
    enrolment = complete(offering, educator, reflection="My private reflection")
    OfferingProposal.objects.create(
        proposer=educator, title="My idea", format="workshop", summary="S", schedule="Mondays"
    )
    exported = export_of(educator)
    enrolments = next(data for name, data in exported.items() if "learning_enrolments" in name)
    assert enrolments[0]["closing_reflection"] == "My private reflection"
    assert enrolments[0]["certificate"]["verification_code"] == enrolment.certificate.code
    proposals = next(data for name, data in exported.items() if "learning_proposals" in name)
    assert proposals[0]["title"] == "My idea"


def test_erasing_frees_the_place_for_the_first_waiting(catalog, educator):
    from learning.catalog.privacy import erase_enrolments, erase_facilitating

    offering = make_offering(catalog, capacity=1, facilitators=[educator])
    waiting = EducatorFactory()
    services.enrol(offering, educator)
    services.enrol(offering, waiting)
    erase_enrolments(educator)
    erase_facilitating(educator)
    assert not Enrolment.objects.filter(educator=educator).exists()
    assert Enrolment.objects.get(educator=waiting).status == EnrolmentStatus.ENROLLED
    assert not offering.facilitators.filter(pk=educator.pk).exists()


def test_erasing_deletes_certificates(catalog, educator):
    from learning.catalog.privacy import erase_enrolments

    complete(make_offering(catalog, reflection_required=False), educator)
    erase_enrolments(educator)
    assert not Certificate.objects.exists()
