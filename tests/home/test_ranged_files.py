"""Byte ranges of private files: 206 with only the bytes asked for, 416 past the end, 200 for the rest."""

from django.core.files.base import File
from django.test import RequestFactory

import pytest

from home.ranged_files import ranged_file_response

# Longer than FileResponse's block, so that a range spans several reads.
CONTENT = bytes(range(256)) * 40
SIZE = len(CONTENT)


@pytest.fixture
def recording(tmp_path):
    path = tmp_path / "interview.mp3"
    path.write_bytes(CONTENT)
    opened = File(path.open("rb"), name="interview.mp3")
    yield opened
    opened.close()


def respond(file, method="get", **headers):
    headers = {name.replace("_", "-"): value for name, value in headers.items()}
    request = getattr(RequestFactory(), method)("/file", headers=headers)
    return ranged_file_response(
        request, file, content_type="audio/mpeg", filename="Interview, Maria.mp3", as_attachment=False
    )


def body(response):
    # Not response.close(): it sends request_finished, which looks at the database connection.
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_without_a_range_the_whole_file_comes_with_200_and_accepts_ranges(recording):
    response = respond(recording)
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Length"] == str(SIZE)
    assert "Content-Range" not in response
    assert body(response) == CONTENT


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-0", 0, 0),
        ("bytes=100-5000", 100, 5000),
        ("bytes=9000-", 9000, SIZE - 1),
        ("bytes=-300", SIZE - 300, SIZE - 1),
        ("bytes=10000-999999", 10000, SIZE - 1),  # a last byte past the end means the end
        ("bytes=-999999", 0, SIZE - 1),  # a suffix longer than the file is the whole file
        ("BYTES=5-9", 5, 9),  # the unit is case-insensitive
    ],
)
def test_one_range_gets_206_with_only_those_bytes(recording, header, first, last):
    response = respond(recording, Range=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{SIZE}"
    assert response["Content-Length"] == str(last - first + 1)
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/mpeg"
    assert body(response) == CONTENT[first : last + 1]


def test_a_range_is_streamed_a_block_at_a_time_not_read_whole(recording):
    response = respond(recording, Range="bytes=1-10000")
    chunks = list(response.streaming_content)
    assert len(chunks) > 1
    assert max(len(chunk) for chunk in chunks) <= response.block_size
    assert b"".join(chunks) == CONTENT[1:10001]


def test_a_partial_answer_keeps_the_file_name_and_closes_the_file(recording, db):
    response = respond(recording, Range="bytes=0-99")
    assert response["Content-Disposition"] == 'inline; filename="Interview, Maria.mp3"'
    body(response)
    response.close()  # as the server does once the response is sent (the signal it sends needs ``db``)
    assert recording.closed


@pytest.mark.parametrize("header", [f"bytes={SIZE}-", f"bytes={SIZE + 10}-{SIZE + 20}", "bytes=-0"])
def test_a_range_past_the_end_gets_416_with_the_size(recording, header):
    response = respond(recording, Range=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{SIZE}"
    assert response["Accept-Ranges"] == "bytes"
    assert body(response) == b""
    assert recording.closed


@pytest.mark.parametrize(
    "header",
    [
        "bytes=0-1,5-6",  # several ranges
        "bytes=0-1, 5-6",
        "bytes=9-3",  # last before first
        "bytes=-",
        "bytes=abc-def",
        "items=0-10",  # a unit we do not serve
        "bytes 0-10",
        "bytes=٠-٩",  # Arabic-Indic digits are not HTTP digits
        "bytes=0-" + "9" * 5000,  # longer than int() accepts
        "bytes=" + "9" * 19 + "-",
        "",
    ],
)
def test_a_header_we_cannot_serve_as_one_range_gets_the_whole_file(recording, header):
    response = respond(recording, Range=header)
    assert response.status_code == 200
    assert "Content-Range" not in response
    assert body(response) == CONTENT


def test_if_range_is_answered_with_the_whole_file(recording):
    # We send no ETag nor Last-Modified, so no If-Range can name the copy the browser holds.
    response = respond(recording, Range="bytes=0-9", If_Range='"abc"')
    assert response.status_code == 200
    assert body(response) == CONTENT


def test_head_ignores_the_range(recording):
    response = respond(recording, method="head", Range="bytes=0-9")
    assert response.status_code == 200
    assert response["Content-Length"] == str(SIZE)


def test_an_empty_file_is_sent_whole(tmp_path):
    path = tmp_path / "empty.mp3"
    path.write_bytes(b"")
    with path.open("rb") as opened:
        response = respond(File(opened), Range="bytes=0-")
        assert response.status_code == 200
        assert body(response) == b""


def test_the_size_is_measured_when_the_file_does_not_know_it(tmp_path):
    path = tmp_path / "plain.bin"
    path.write_bytes(CONTENT)
    with path.open("rb") as opened:  # a plain file object has no ``size``
        response = respond(opened, Range="bytes=-10")
        assert response["Content-Range"] == f"bytes {SIZE - 10}-{SIZE - 1}/{SIZE}"
        assert body(response) == CONTENT[-10:]
