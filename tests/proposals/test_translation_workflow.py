"""Staff translate a proposal with wagtail-localize: submit, PO round trip, sync, approval."""

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale

import polib
import pytest

from home import roles
from proposals.models import ProposalPage
from tests.factories import UserFactory, translate_page
from tests.proposals.factories import make_proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client):
    user = UserFactory(email="translator@example.org")
    user.groups.add(Group.objects.get(name=roles.COMMUNICATIONS))
    client.force_login(user)
    return user


@pytest.fixture
def spanish_proposal(client, home_page, proposal_index, translator):
    from wagtail_localize.models import Translation

    translate_page(home_page, "es", title="Inicio")
    translate_page(proposal_index, "es", title="Propuestas")
    proposal = make_proposal(proposal_index, title="Counselors in every school", summary="One counselor for 250.")
    spanish = Locale.objects.get(language_code="es")
    response = client.post(f"/admin/localize/submit/page/{proposal.pk}/", {"locales": [spanish.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=proposal.translation_key, target_locale=spanish)
    return proposal, translation


def download_po(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload_po(client, translation, po):
    upload = SimpleUploadedFile("proposal-es.po", str(po).encode(), content_type="text/x-gettext-translation")
    return client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload})


def test_submitting_for_translation_creates_a_draft_in_the_target_language(spanish_proposal):
    proposal, _translation = spanish_proposal
    spanish = ProposalPage.objects.get(translation_key=proposal.translation_key, locale__language_code="es")
    assert not spanish.live


def test_po_files_go_out_and_come_back_translated(client, spanish_proposal):
    proposal, translation = spanish_proposal
    po = download_po(client, translation)
    assert "Counselors in every school" in [entry.msgid for entry in po]
    known = {"Counselors in every school": "Consejeros en cada escuela"}
    for entry in po:
        entry.msgstr = known.get(entry.msgid, f"[es] {entry.msgid}")
    upload_po(client, translation, po)
    translation.refresh_from_db()
    assert translation.get_progress() == (len(po), len(po))
    translation.save_target()
    spanish = ProposalPage.objects.get(translation_key=proposal.translation_key, locale__language_code="es")
    assert spanish.get_latest_revision_as_object().title == "Consejeros en cada escuela"


def test_sync_brings_new_english_text_to_translate(client, spanish_proposal):
    proposal, translation = spanish_proposal
    proposal.summary = "One counselor for every 200 students."
    proposal.save_revision().publish()
    response = client.post(f"/admin/localize/update/{translation.source.pk}/", {})
    assert response.status_code == 302
    assert "One counselor for every 200 students." in [entry.msgid for entry in download_po(client, translation)]


def test_a_translator_cannot_publish_the_translated_proposal_without_approval(spanish_proposal, translator):
    proposal, _translation = spanish_proposal
    spanish = ProposalPage.objects.get(translation_key=proposal.translation_key, locale__language_code="es")
    assert not spanish.permissions_for_user(translator).can_publish()
    assert spanish.get_workflow() is not None
