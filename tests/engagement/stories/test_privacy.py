"""A signed-in storyteller can download their submissions; deleting their account erases their contact details."""

import pytest

from engagement.models.stories import StorySubmission
from home.privacy import personal_data_sources
from tests.engagement.stories.factories import StorySubmissionFactory
from tests.factories import UserFactory


def source():
    return next(source for source in personal_data_sources() if source.name == "story_submissions")


@pytest.mark.django_db
def test_the_export_holds_the_person_own_submissions_only():
    person, someone_else = UserFactory(), UserFactory()
    StorySubmissionFactory(submitted_by=person, title="Mine")
    StorySubmissionFactory(submitted_by=someone_else, title="Theirs")

    exported = source().export(person)

    assert [item["title"] for item in exported] == ["Mine"]
    assert exported[0]["email"] == "maria@example.org"


@pytest.mark.django_db
def test_erasure_removes_contact_details_and_the_link_to_the_account():
    person = UserFactory()
    StorySubmissionFactory(submitted_by=person)

    source().erase(person)

    submission = StorySubmission.objects.get()
    assert submission.submitted_by is None
    assert (submission.contact_name, submission.email, submission.phone) == ("", "", "")
    assert submission.story  # the story itself stays, as agreed
