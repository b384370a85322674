"""Uploaded evidence: kinds sniffed from the bytes, size limits, image bombs refused, photos without location."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from PIL import Image

from learning.models.portfolios import Evidence, EvidenceKind, PortfolioEntry
from learning.portfolios import evidence as evidence_files
from tests.learning.portfolios.factories import EntryFactory, image_bytes, jpeg_upload

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def gps_exif():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 1  # Orientation
    exif[GPS_IFD] = {1: "N", 2: (40.0, 42.0, 51.0), 3: "W", 4: (74.0, 0.0, 21.0)}
    return exif


def _post_entry(client, files, **fields):
    data = {"title": "A lesson", "date": "2026-03-02", "language": "en", "files": files, **fields}
    return client.post(reverse("portfolios:entry_create"), data)


def test_a_jpeg_comes_back_without_its_location(client, owner):
    original = image_bytes(size=(120, 90), exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test photo does carry GPS
    client.force_login(owner)
    response = _post_entry(client, [SimpleUploadedFile("playground.jpg", original, content_type="image/jpeg")])
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.kind == EvidenceKind.IMAGE
    served = b"".join(client.get(reverse("portfolios:evidence", args=[evidence.pk])).streaming_content)
    image = Image.open(io.BytesIO(served))
    assert image.format == "JPEG"
    assert image.size == (120, 90)
    assert not image.getexif().get_ifd(GPS_IFD)
    assert len(image.getexif()) == 0
    assert b"PhoneMaker" not in served


def test_a_large_photo_is_shrunk(owner):
    upload = SimpleUploadedFile("big.png", image_bytes(size=(4000, 1000), format="PNG"))
    clean = evidence_files.clean_upload(upload)
    assert (clean.width, clean.height) == (2000, 500)


def _refused(client, owner, upload):
    client.force_login(owner)
    response = _post_entry(client, [upload])
    assert response.status_code == 200
    assert not PortfolioEntry.objects.exists()  # nothing saved, what was typed is kept
    assert response.context["form"]["title"].value() == "A lesson"
    return " ".join(response.context["form"].errors["files"])


def test_a_renamed_executable_is_refused(client, owner):
    executable = (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + b"\x00" * 200
    )
    message = _refused(client, owner, SimpleUploadedFile("lesson.pdf", executable, content_type="application/pdf"))
    assert "lesson.pdf" in message and "cannot be added" in message


def test_an_elf_binary_named_like_a_photo_is_refused(client, owner):
    elf = b"\x7fELF\x02\x01\x01" + b"\x00" * 300
    assert "cannot be added" in _refused(client, owner, SimpleUploadedFile("photo.jpg", elf, content_type="image/jpeg"))


def test_an_svg_with_a_script_is_refused(client, owner):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    assert "cannot be added" in _refused(
        client, owner, SimpleUploadedFile("chart.svg", svg, content_type="image/svg+xml")
    )


def test_an_image_bomb_is_refused_with_a_clear_message(client, owner):
    # A few hundred bytes of PNG that claim 20,000 x 20,000 pixels (400 megapixels).
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, format="PNG")
    assert len(bomb.getvalue()) < 100_000
    message = _refused(client, owner, SimpleUploadedFile("bomb.png", bomb.getvalue(), content_type="image/png"))
    assert "too large" in message and "megapixels" in message


def test_an_image_just_over_the_limit_is_refused(owner, monkeypatch):
    monkeypatch.setattr(evidence_files, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(Exception, match="megapixels"):
        evidence_files.clean_upload(SimpleUploadedFile("x.jpg", image_bytes(size=(50, 50))))


def test_an_oversized_file_is_refused(client, owner, monkeypatch):
    monkeypatch.setitem(evidence_files.MAX_BYTES, EvidenceKind.PDF, 1000)
    pdf = b"%PDF-1.4\n" + b"0" * 2000
    message = _refused(client, owner, SimpleUploadedFile("plan.pdf", pdf, content_type="application/pdf"))
    assert "at most" in message


def test_a_truncated_photo_is_refused(client, owner):
    broken = image_bytes(size=(200, 200))[:300]
    assert "could not be read" in _refused(client, owner, SimpleUploadedFile("cut.jpg", broken))


def _docx():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return output.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("plan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF", EvidenceKind.PDF),
        ("plan.docx", _docx(), EvidenceKind.DOCUMENT),
        ("song.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 100, EvidenceKind.AUDIO),
        (
            "clip.webm",
            b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\x00" * 64,
            EvidenceKind.VIDEO,
        ),
    ],
)
def test_accepted_kinds_are_read_from_the_bytes(name, content, kind):
    # Named as something else: the name is never trusted.
    clean = evidence_files.clean_upload(SimpleUploadedFile("whatever.txt", content))
    assert clean.kind == kind


def test_documents_download_instead_of_opening(client, owner):
    client.force_login(owner)
    response = _post_entry(client, [SimpleUploadedFile("plan.docx", _docx())])
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    served = client.get(reverse("portfolios:evidence", args=[evidence.pk]))
    assert served["Content-Disposition"].startswith("attachment")


def test_a_link_is_kept_as_evidence_and_only_http(client, owner):
    client.force_login(owner)
    response = _post_entry(client, [], link_url="javascript:alert(1)")
    assert response.status_code == 200 and response.context["form"].errors["link_url"]
    response = _post_entry(client, [], link_url="https://video.example.org/lesson", link_title="The lesson")
    assert response.status_code == 302
    assert Evidence.objects.get().url == "https://video.example.org/lesson"


def test_evidence_can_be_added_and_removed_later(client, owner, colleague):
    entry = EntryFactory(owner=owner)
    client.force_login(owner)
    response = client.post(reverse("portfolios:evidence_add", args=[entry.pk]), {"files": [jpeg_upload()]})
    assert response.status_code == 302
    evidence = Evidence.objects.get(entry=entry)
    client.force_login(colleague)
    url = reverse("portfolios:evidence_delete", args=[entry.pk, evidence.pk])
    assert client.post(url).status_code == 404
    client.force_login(owner)
    assert client.post(url).status_code == 302
    assert not Evidence.objects.exists()


def test_adding_nothing_says_so(client, owner):
    entry = EntryFactory(owner=owner)
    client.force_login(owner)
    response = client.post(reverse("portfolios:evidence_add", args=[entry.pk]), {})
    assert response.status_code == 400
    assert response.context["evidence_form"].non_field_errors()


def test_a_double_click_saves_one_entry(client, owner):
    client.force_login(owner)
    data = {
        "title": "Once",
        "date": "2026-03-02",
        "language": "en",
        "form_token": "3f2b8c1e-1d2c-4a8e-9d3c-0b9a4c1d2e3f",
    }
    client.post(reverse("portfolios:entry_create"), data)
    client.post(reverse("portfolios:entry_create"), data)
    assert PortfolioEntry.objects.filter(owner=owner).count() == 1


def test_a_photo_gets_a_small_copy_for_lists(client, owner):
    client.force_login(owner)
    _post_entry(client, [jpeg_upload(size=(1800, 1200), exif=gps_exif())], visibility="public")
    evidence = Evidence.objects.get()
    url = reverse("portfolios:evidence", args=[evidence.pk])
    small = Image.open(io.BytesIO(b"".join(client.get(url, {"size": "small"}).streaming_content)))
    assert small.size == (640, 427)
    assert not small.getexif().get_ifd(GPS_IFD)
    full = Image.open(io.BytesIO(b"".join(client.get(url).streaming_content)))
    assert full.size == (1800, 1200)
    assert f"{url}?size=small" in client.get(reverse("portfolios:entry", args=[evidence.entry_id])).content.decode()


def _recording(client, owner):
    """An audio file uploaded as evidence by ``owner``: (evidence, the bytes stored)."""
    client.force_login(owner)
    content = b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 20
    assert _post_entry(client, [SimpleUploadedFile("interview.mp3", content)]).status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.kind == EvidenceKind.AUDIO
    with evidence.file.open("rb") as stored:
        return evidence, stored.read()


def test_a_recording_is_served_in_byte_ranges_so_it_can_seek(client, owner):
    evidence, stored = _recording(client, owner)
    url = reverse("portfolios:evidence", args=[evidence.pk])

    partial = client.get(url, HTTP_RANGE="bytes=100-199")
    assert partial.status_code == 206
    assert partial["Content-Range"] == f"bytes 100-199/{len(stored)}"
    assert partial["Content-Length"] == "100"
    assert b"".join(partial.streaming_content) == stored[100:200]
    # The rules for private files hold for a piece of one too.
    assert partial["Cache-Control"] == "private, max-age=3600"
    assert partial["X-Content-Type-Options"] == "nosniff"
    assert partial["Content-Disposition"].startswith("inline")

    # Read after the piece: the test storage (in memory) hands every request the same file object.
    whole = client.get(url)
    assert (whole.status_code, whole["Accept-Ranges"]) == (200, "bytes")
    assert b"".join(whole.streaming_content) == stored


def test_a_range_past_the_end_of_a_recording_gets_416(client, owner):
    evidence, stored = _recording(client, owner)
    response = client.get(reverse("portfolios:evidence", args=[evidence.pk]), HTTP_RANGE=f"bytes={len(stored)}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(stored)}"


def test_a_range_does_not_open_someone_elses_recording(client, owner, colleague):
    evidence, _stored = _recording(client, owner)
    client.force_login(colleague)
    response = client.get(reverse("portfolios:evidence", args=[evidence.pk]), HTTP_RANGE="bytes=0-99")
    assert response.status_code == 404
    assert "Content-Range" not in response
