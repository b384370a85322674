"""What personal stories keep about a person: their part of the privacy export and of account deletion.

A story can be sent without an account; when it is sent signed in, the submission names the
account, and the person can download it. On deletion, the contact details they left are erased
and the link to the account goes; the story itself stays as they agreed it could be published
(a story page shows only the name they chose, or "Anonymous"), and a pending one loses nothing
Communications need to judge it.
"""

from django.db import transaction
from django.utils import translation

from engagement.models.stories import StorySubmission
from home.privacy import PersonalDataSource, register_personal_data


def export_story_submissions(user):
    with translation.override(user.preferred_language):
        return [
            {
                "id": submission.pk,
                "sent": submission.submitted_at,
                "status": submission.status,
                "status_label": str(submission.get_status_display()),
                "name_shown": submission.shown_name,
                "role": submission.role,
                "title": submission.title,
                "story": submission.story,
                "photo_description": submission.photo_description,
                "language": submission.language,
                "consent_to_publish": submission.consent_to_publish,
                "consent_to_contact": submission.consent_to_contact,
                "contact_name": submission.contact_name,
                "email": submission.email,
                "phone": submission.phone,
                "published_notice_sent": submission.published_notice_sent_at,
            }
            for submission in StorySubmission.objects.filter(submitted_by=user).order_by("submitted_at", "pk")
        ]


def story_photos(user):
    for submission in StorySubmission.objects.filter(submitted_by=user).exclude(photo=""):
        yield f"story_photos/{submission.photo.name.rsplit('/', 1)[-1]}", submission.photo


def erase_story_contact_details(user):
    submissions = StorySubmission.objects.filter(submitted_by=user)
    photos = [
        submission.photo for submission in submissions.exclude(photo="").exclude(status=StorySubmission.Status.PENDING)
    ]
    submissions.update(submitted_by=None, contact_name="", email="", phone="", consent_to_contact=False)
    # The photo of a story already reviewed is in the image library (approved) or was deleted
    # (rejected); the private copy is no longer needed.
    for photo in photos:
        transaction.on_commit(lambda photo=photo: photo.storage.delete(photo.name))
    StorySubmission.objects.filter(pk__in=[p.instance.pk for p in photos]).update(photo="")


SOURCES = [
    PersonalDataSource(
        name="story_submissions",
        export=export_story_submissions,
        files=story_photos,
        erase=erase_story_contact_details,
    )
]


def register_sources():
    """Called from ``EngagementConfig.ready``."""
    for source in SOURCES:
        register_personal_data(source)
