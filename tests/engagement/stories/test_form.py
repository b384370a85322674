"""The public story form: what it keeps, what it refuses, and that bad input never gives a 500."""

import io
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.translation import gettext

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from engagement.models.stories import StorySubmission
from tests.engagement.stories.factories import jpeg_bytes, upload

URL = "/en/stories/tell/"


def story_data(**changes):
    data = {
        "shown_name": "Maria",
        "role": "family",
        "title": "Too many students",
        "story": "My son's class has 34 students.",
        "language": "es",
        "consent_to_publish": "on",
        "consent_to_contact": "on",
        "contact_name": "Maria Lopes",
        "email": "maria@example.org",
        "phone": "617 555 0100",
        "submission_token": str(uuid.uuid4()),
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


@pytest.mark.django_db
def test_the_form_shows_in_every_language(client, home_page):
    for language in ("en", "es", "ar"):
        response = client.get(f"/{language}/stories/tell/")

        assert response.status_code == 200
        with translation.override(language):
            assert gettext("Send my story") in response.content.decode()


@pytest.mark.django_db
def test_a_story_is_kept_with_its_contact_details(client, home_page):
    response = client.post(URL, story_data())

    assert response.status_code == 302
    assert response["Location"] == "/en/stories/thanks/"
    submission = StorySubmission.objects.get()
    assert submission.status == StorySubmission.Status.PENDING
    assert (submission.language, submission.email, submission.shown_name) == ("es", "maria@example.org", "Maria")
    assert submission.submitted_by is None


@pytest.mark.django_db
def test_a_double_click_keeps_one_story(client, home_page):
    data = story_data()

    client.post(URL, data)
    response = client.post(URL, data)

    assert response.status_code == 302
    assert StorySubmission.objects.count() == 1


@pytest.mark.django_db
def test_a_robot_filling_the_honeypot_is_thanked_and_nothing_is_kept(client, home_page):
    response = client.post(URL, story_data(website="http://spam.example"))

    assert response.status_code == 302
    assert not StorySubmission.objects.exists()


@pytest.mark.django_db
def test_without_consent_to_publish_nothing_is_kept_and_the_story_stays_in_the_form(client, home_page):
    response = client.post("/es/stories/tell/", story_data(consent_to_publish=None))

    assert response.status_code == 200
    assert not StorySubmission.objects.exists()
    content = response.content.decode()
    assert "My son&#x27;s class has 34 students." in content
    with translation.override("es"):
        assert gettext("We can only publish your story with your agreement: tick the box.") in content


@pytest.mark.django_db
def test_consent_to_contact_needs_an_email_or_a_phone(client, home_page):
    response = client.post(URL, story_data(email="", phone=""))

    assert response.status_code == 200
    assert "Give an e-mail address or a phone number" in response.content.decode()
    assert not StorySubmission.objects.exists()


@pytest.mark.django_db
def test_without_consent_to_contact_no_contact_details_are_kept(client, home_page):
    client.post(URL, story_data(consent_to_contact=None))

    submission = StorySubmission.objects.get()
    assert (submission.contact_name, submission.email, submission.phone) == ("", "", "")


@pytest.mark.django_db
def test_a_signed_in_person_is_linked_to_their_story(client, home_page, django_user_model):
    from tests.factories import UserFactory

    person = UserFactory()
    client.force_login(person)

    client.post(URL, story_data())

    assert StorySubmission.objects.get().submitted_by == person


# Photos


@pytest.mark.django_db
def test_a_jpeg_comes_back_without_its_gps_position(client, home_page):
    original = jpeg_bytes(with_gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)

    client.post(URL, story_data(photo=upload("classroom.jpg", original), photo_description="Our classroom"))

    submission = StorySubmission.objects.get()
    assert submission.photo.name.startswith("stories/submissions/")
    assert "classroom" not in submission.photo.name
    with default_storage.open(submission.photo.name) as stored:
        image = Image.open(io.BytesIO(stored.read()))
    assert image.format == "JPEG"
    assert image.size == (64, 48)
    assert not image.getexif()
    assert "exif" not in image.info


def assert_photo_refused(response):
    assert response.status_code == 200
    assert not StorySubmission.objects.exists()
    assert 'id="form-errors"' in response.content.decode()


@pytest.mark.django_db
def test_a_renamed_program_is_refused_as_a_photo(client, home_page):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200

    response = client.post(URL, story_data(photo=upload("holiday.jpg", program)))

    assert_photo_refused(response)
    assert "Send the photo as a JPEG, PNG, WebP or GIF picture." in response.content.decode()


@pytest.mark.django_db
def test_an_svg_is_refused_as_a_photo(client, home_page):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = client.post(URL, story_data(photo=upload("drawing.svg", svg, "image/svg+xml")))

    assert_photo_refused(response)


@pytest.mark.django_db
def test_an_oversized_photo_is_refused(client, home_page, settings):
    settings.STORY_PHOTO_MAX_BYTES = 1000

    response = client.post(URL, story_data(photo=upload("big.jpg", jpeg_bytes(size=(400, 400)))))

    assert_photo_refused(response)
    assert "This photo is too large" in response.content.decode()


@pytest.mark.django_db
def test_a_broken_picture_is_refused(client, home_page):
    broken = jpeg_bytes()[:40]

    response = client.post(URL, story_data(photo=upload("broken.jpg", broken)))

    assert_photo_refused(response)


@pytest.mark.django_db
def test_a_huge_picture_is_shrunk(client, home_page):
    buffer = io.BytesIO()
    Image.new("RGB", (5000, 100), (0, 0, 0)).save(buffer, format="PNG")

    client.post(URL, story_data(photo=upload("wide.png", buffer.getvalue(), "image/png")))

    with default_storage.open(StorySubmission.objects.get().photo.name) as stored:
        assert max(Image.open(io.BytesIO(stored.read())).size) == 2400


# Bad input


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes",
    [
        {"role": "president"},
        {"language": "xx"},
        {"story": "x" * 7000},
        {"story": "hello\x00world"},
        {"shown_name": "a" * 500},
        {"email": "not an address"},
        {"phone": "call me maybe"},
        {"submission_token": "not-a-uuid"},
        {"consent_to_publish": "false"},
    ],
)
def test_bad_input_gets_a_form_error(client, home_page, changes):
    response = client.post(URL, story_data(**changes))

    assert response.status_code == 200
    assert 'id="form-errors"' in response.content.decode()
    assert not StorySubmission.objects.exists()


@pytest.mark.django_db
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(max_size=200),
    story=st.text(max_size=300),
    role=st.text(max_size=20),
    language=st.text(max_size=12),
    email=st.text(max_size=60),
)
def test_odd_input_never_gives_a_500(client, home_page, name, story, role, language, email):
    cache.clear()  # the rate limit counts every example

    response = client.post(URL, story_data(shown_name=name, story=story, role=role, language=language, email=email))

    assert response.status_code in (200, 302)


@pytest.mark.django_db
def test_too_many_stories_from_one_address_are_refused(client, home_page):
    from engagement.stories.views import SUBMIT_RATE

    limit = int(SUBMIT_RATE.split("/")[0])
    for _ in range(limit):
        client.post(URL, story_data())

    response = client.post(URL, story_data())

    assert response.status_code == 429
    assert StorySubmission.objects.count() == limit
