"""Led by educators: an educator proposes, a Learning coordinator asks for changes or approves it into the catalog."""

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from learning.models.catalog import OfferingPage, OfferingProposal, ProposalStatus

pytestmark = pytest.mark.django_db


def proposal_data(**changes):
    data = {
        "title": "Running a reading lab",
        "format": "lab-classroom",
        "summary": "Watch a reading lab, then try it in your class.",
        "description": "We meet in my classroom.\n\nThen in yours.",
        "grade_bands": ["elementary"],
        "subjects": ["english"],
        "audience_roles": ["classroom-teacher"],
        "schedule": "Three Tuesdays in March, 3:30 to 5:30, Lakeside Elementary.",
        "capacity": "12",
        "credit_type": "pdp",
        "credit_amount": "10",
        "language_of_instruction": "es",
        "standard_relevant": "on",
        "how_relevant": "It happens in a real classroom.",
        "standard_educator-led": "on",
        "how_educator-led": "A teacher leads it.",
    }
    data.update(changes)
    return data


def propose_url(language="en"):
    with translation.override(language):
        return reverse("learning:propose")


@pytest.fixture
def proposal(client, educator, coordinator, django_capture_on_commit_callbacks):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(propose_url("es"), proposal_data())
    assert response.status_code == 302
    client.logout()
    return OfferingProposal.objects.get()


def review(client, coordinator, proposal, decision, note="", capture=None):
    client.force_login(coordinator)
    url = reverse("learning_proposals:review", args=[proposal.pk])
    with capture(execute=True):
        return client.post(url, {"decision": decision, "note": note})


def test_a_proposal_is_saved_with_its_standards_and_tells_the_coordinators(proposal, educator, coordinator):
    assert proposal.proposer == educator
    assert proposal.language == "es"
    assert proposal.standards == {"relevant": "It happens in a real classroom.", "educator-led": "A teacher leads it."}
    assert proposal.status == ProposalStatus.SUBMITTED
    assert [message.to for message in mail.outbox] == [[coordinator.email]]


def test_a_proposal_needs_a_standard_and_how_it_meets_it(client, educator):
    client.force_login(educator)
    data = proposal_data()
    del data["standard_relevant"], data["standard_educator-led"]
    response = client.post(propose_url(), data)
    assert response.status_code == 200
    assert "Choose at least one of the six standards" in response.content.decode()
    response = client.post(propose_url(), proposal_data(how_relevant=""))
    assert "Say how the offering meets this standard." in response.content.decode()
    assert not OfferingProposal.objects.exists()


def test_a_retiree_cannot_propose(client, stranger):
    client.force_login(stranger)
    assert client.get(propose_url()).status_code == 403


def test_asking_for_changes_tells_the_educator_in_their_language_and_they_resubmit(
    client, proposal, coordinator, educator, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    review(client, coordinator, proposal, "changes", "Add a session on assessment.", django_capture_on_commit_callbacks)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.CHANGES_REQUESTED
    message = mail.outbox[0]
    assert message.to == [educator.email]
    assert "Add a session on assessment." in message.body
    assert "/es/learning/proposals/" in message.body  # the link is in the educator's language
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("learning:edit_proposal", args=[proposal.pk]), proposal_data(summary="Now with assessment.")
        )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.summary) == (ProposalStatus.SUBMITTED, "Now with assessment.")


def test_asking_for_changes_needs_a_note(client, proposal, coordinator, django_capture_on_commit_callbacks):
    review(client, coordinator, proposal, "changes", "", django_capture_on_commit_callbacks)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


def test_approving_creates_a_draft_offering_with_the_proposer_facilitating(
    client, catalog, proposal, coordinator, educator, django_capture_on_commit_callbacks
):
    response = review(client, coordinator, proposal, "approve-draft", "", django_capture_on_commit_callbacks)
    offering = OfferingPage.objects.get()
    assert response.status_code == 302
    assert not offering.live
    assert offering.get_parent().specific == catalog
    assert list(offering.facilitators.all()) == [educator]
    assert set(offering.standards.values_list("standard", flat=True)) == {"relevant", "educator-led"}
    assert offering.language_of_instruction == "es"
    assert "Three Tuesdays in March" in offering.description
    proposal.refresh_from_db()
    assert (proposal.status, proposal.offering_id) == (ProposalStatus.APPROVED, offering.pk)
    assert mail.outbox[-1].to == [educator.email]


def test_approving_live_publishes_it_in_the_catalog(
    client, catalog, proposal, coordinator, django_capture_on_commit_callbacks
):
    review(client, coordinator, proposal, "approve-live", "", django_capture_on_commit_callbacks)
    offering = OfferingPage.objects.get()
    assert offering.live
    assert client.get(catalog.url).context["listing"].paginator.count == 1


def test_what_an_educator_typed_is_never_markup(
    client, catalog, educator, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    client.post(propose_url(), proposal_data(description="<script>alert(1)</script>"))
    proposal = OfferingProposal.objects.get()
    review(client, coordinator, proposal, "approve-draft", "", django_capture_on_commit_callbacks)
    assert "<script>" not in OfferingPage.objects.get().description


def test_an_educator_cannot_review(client, proposal, educator, django_capture_on_commit_callbacks):
    response = review(client, educator, proposal, "approve-live", "", django_capture_on_commit_callbacks)
    assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED
    assert not OfferingPage.objects.exists()


def test_someone_elses_proposal_is_not_found(client, proposal):
    from tests.learning.catalog.factories import EducatorFactory

    client.force_login(EducatorFactory())
    assert client.get(reverse("learning:edit_proposal", args=[proposal.pk])).status_code == 404


def test_the_coordinator_sees_the_proposal_in_the_admin(client, proposal, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("learning_proposals:inspect", args=[proposal.pk]))
    assert response.status_code == 200
    assert "Running a reading lab" in response.content.decode()
    assert client.get(reverse("learning_proposals:index")).status_code == 200


@pytest.mark.parametrize(
    "changes",
    [
        {"capacity": "-4"},
        {"capacity": "99999999999999999999"},
        {"credit_amount": "NaN"},
        {"credit_amount": "1e400"},
        {"format": "juggling"},
        {"title": "x" * 5000},
        {"title": "bell\x07"},
        {"grade_bands": ["nonsense"]},
        {"summary": ""},
    ],
)
def test_bad_input_gets_a_form_error(client, educator, changes):
    client.force_login(educator)
    response = client.post(propose_url(), proposal_data(**changes))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not OfferingProposal.objects.exists()
