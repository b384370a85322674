"""Communications' moderation queue: approving makes a draft story page in the story's language;
rejecting keeps no photo; only Communications see submissions, and a tampered id answers 404."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from wagtail.models import ModelLogEntry

import pytest

from engagement.models.stories import StoryPage, StorySubmission
from home.audit import VIEW_PERSONAL_DATA
from tests.engagement.stories.factories import StorySubmissionFactory, jpeg_bytes, make_organizer
from tests.factories import translate_page


def inspect_url(submission):
    return f"/admin/story_submissions/inspect/{submission.pk}/"


def moderate_url(submission):
    return f"/admin/story_submissions/moderate/{submission.pk}/"


def with_photo(submission):
    submission.photo.save("abc123.jpg", ContentFile(jpeg_bytes()), save=True)
    return submission


@pytest.mark.django_db
def test_approving_makes_a_draft_story_page_in_the_story_language(client, communications, story_index, class_size):
    spanish_index = translate_page(story_index, "es", title="Historias")
    submission = with_photo(StorySubmissionFactory(language="es", shown_name="", photo_description="Nuestra clase"))
    client.force_login(communications)

    response = client.post(
        moderate_url(submission), {"decision": "approve", "themes": [class_size.pk], "note": "Lovely"}, follow=True
    )

    page = StoryPage.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/pages/{page.pk}/edit/"
    assert page.get_parent().pk == spanish_index.pk
    assert page.locale.language_code == "es"
    assert not page.live
    assert page.storyteller == ""
    assert list(page.themes.all()) == [class_size]
    assert page.photo is not None and page.photo.description == "Nuestra clase"
    assert "34 students" in page.story
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.APPROVED
    assert (submission.story_page_id, submission.reviewed_by, submission.review_note) == (
        page.pk,
        communications,
        "Lovely",
    )


@pytest.mark.django_db
def test_without_a_story_index_in_its_language_the_draft_goes_under_the_english_one(
    client, communications, story_index
):
    submission = StorySubmissionFactory(language="vi")
    client.force_login(communications)

    inspect = client.get(inspect_url(submission)).content.decode()
    response = client.post(moderate_url(submission), {"decision": "approve"}, follow=True)

    assert "There is no story page in this story" in inspect
    page = StoryPage.objects.get()
    assert page.get_parent().pk == story_index.pk
    assert page.locale.language_code == "en"
    assert "There is no story page in its language yet" in response.content.decode()


@pytest.mark.django_db
def test_rejecting_keeps_no_page_and_no_photo(client, communications, story_index, django_capture_on_commit_callbacks):
    submission = with_photo(StorySubmissionFactory())
    photo_name = submission.photo.name
    client.force_login(communications)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(moderate_url(submission), {"decision": "reject", "note": "Names a child"})

    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.REJECTED
    assert not submission.photo
    assert not default_storage.exists(photo_name)
    assert not StoryPage.objects.exists()


@pytest.mark.django_db
def test_a_story_is_reviewed_once(client, communications, story_index):
    submission = StorySubmissionFactory()
    client.force_login(communications)

    client.post(moderate_url(submission), {"decision": "approve"})
    response = client.post(moderate_url(submission), {"decision": "approve"}, follow=True)

    assert StoryPage.objects.count() == 1
    assert "This story has already been reviewed." in response.content.decode()


@pytest.mark.django_db
def test_a_tampered_theme_or_decision_is_an_error_not_a_500(client, communications, story_index):
    submission = StorySubmissionFactory()
    client.force_login(communications)

    for data in ({"decision": "approve", "themes": ["999999"]}, {"decision": "publish-everything"}, {}):
        response = client.post(moderate_url(submission), data)
        assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.PENDING


@pytest.mark.django_db
def test_the_published_story_shows_the_chosen_name_or_anonymous_and_never_contact_details(
    client, communications, story_index
):
    named = StorySubmissionFactory(shown_name="Maria", title="Named")
    anonymous = StorySubmissionFactory(shown_name="", title="Unnamed")
    client.force_login(communications)
    for submission in (named, anonymous):
        client.post(moderate_url(submission), {"decision": "approve"})
    for page in StoryPage.objects.all():
        page.save_revision().publish()
    client.logout()

    named_page = client.get(StoryPage.objects.get(title="Named").url).content.decode()
    anonymous_page = client.get(StoryPage.objects.get(title="Unnamed").url).content.decode()

    assert "Maria" in named_page and "Anonymous" in anonymous_page
    for content in (named_page, anonymous_page):
        assert "maria@example.org" not in content and "555 0100" not in content and "Lopes" not in content


# Who sees submissions


@pytest.mark.django_db
def test_communications_read_a_submission_and_the_view_is_audited(client, communications):
    submission = with_photo(StorySubmissionFactory())
    client.force_login(communications)

    listing = client.get("/admin/story_submissions/")
    response = client.get(inspect_url(submission))
    photo = client.get(f"/admin/story_submissions/photo/{submission.pk}/")

    assert listing.status_code == 200 and "Too many students" in listing.content.decode()
    assert response.status_code == 200
    assert "maria@example.org" in response.content.decode()
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert ModelLogEntry.objects.filter(action=VIEW_PERSONAL_DATA, object_id=str(submission.pk)).exists()


@pytest.mark.django_db
def test_other_staff_and_visitors_never_see_submissions(client, story_index):
    submission = with_photo(StorySubmissionFactory())
    organizer = make_organizer(email="organizer@example.org")

    for user in (None, organizer):
        client.logout()
        if user:
            client.force_login(user)
        for url in (
            "/admin/story_submissions/",
            inspect_url(submission),
            f"/admin/story_submissions/photo/{submission.pk}/",
        ):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            assert "maria@example.org" not in response.content.decode()
        response = client.post(moderate_url(submission), {"decision": "approve"})
        assert response.status_code in (302, 403)
    assert not StoryPage.objects.exists()
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.PENDING


@pytest.mark.django_db
def test_a_tampered_id_answers_404(client, communications, story_index):
    client.force_login(communications)
    no_photo = StorySubmissionFactory()

    # (A 404 outside the language prefixes is first redirected to the site's /en/ address, as everywhere.)
    for url in (
        "/admin/story_submissions/inspect/999999/",
        "/admin/story_submissions/photo/999999/",
        f"/admin/story_submissions/photo/{no_photo.pk}/",
    ):
        assert client.get(url, follow=True).status_code == 404, url
    response = client.post("/admin/story_submissions/moderate/999999/", {"decision": "approve"})
    assert response.status_code in (302, 404)
    assert not StoryPage.objects.exists()
