"""Private files served in pieces: one answer to ``Range: bytes=...`` (RFC 9110, section 14).

Safari plays audio and video only from a server that answers a byte range with 206 Partial
Content, and every browser needs ranges to seek in a long recording without fetching all of it.
One range is served, read from the file a block at a time. Everything RFC 9110 lets a server
ignore is ignored by sending the whole file with 200: several ranges, a header we cannot read, a
HEAD request, and ``If-Range`` (we send no validator for it to match, so the safe answer is the
whole file). The caller checks who may see the file first, and may add headers (Cache-Control,
Content-Security-Policy, ...) to the response it gets back.
"""

import io
import re
from typing import NamedTuple

from django.http import FileResponse, HttpResponse

# At most 18 digits: a larger number is past any file we keep, and int() refuses very long strings.
SINGLE_BYTE_RANGE = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})", re.IGNORECASE)


class ByteRange(NamedTuple):
    """Positions of the first and the last byte to send, both included."""

    first: int
    last: int

    @property
    def length(self):
        return self.last - self.first + 1


class RangeNotSatisfiable(Exception):
    """The range asked for starts past the end of the file (or is an empty suffix): answer 416."""


def requested_range(request, size):
    """The one ``ByteRange`` of a ``size``-byte file the request asks for, or None to send it whole.

    Raises ``RangeNotSatisfiable`` for a well-formed range that no byte of the file is in.
    """
    header = request.headers.get("Range")
    if request.method != "GET" or not header or "If-Range" in request.headers or size == 0:
        return None
    match = SINGLE_BYTE_RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first:
        return _suffix_range(last, size)
    first = int(first)
    if last and int(last) < first:
        return None  # not a range at all, which RFC 9110 lets us ignore
    if first >= size:
        raise RangeNotSatisfiable
    return ByteRange(first, min(int(last), size - 1) if last else size - 1)


def _suffix_range(length, size):
    """``bytes=-n``: the last n bytes (the whole file when n is larger)."""
    if not length:
        return None  # "bytes=-" names no byte
    length = int(length)
    if length == 0:
        raise RangeNotSatisfiable
    return ByteRange(max(size - length, 0), size - 1)


class _BoundedReader:
    """Reads ``length`` bytes of ``file`` from position ``first``, then reports the end of the file.

    It has no ``fileno``, ``seek`` nor ``tell`` on purpose: FileResponse and a WSGI server's
    ``sendfile`` would otherwise measure or send the underlying file from its start to its end.
    """

    def __init__(self, file, byte_range):
        file.seek(byte_range.first)
        self._file = file
        self._remaining = byte_range.length

    def read(self, size=-1):
        if self._remaining <= 0:
            return b""
        if size is None or size < 0 or size > self._remaining:
            size = self._remaining
        chunk = self._file.read(size)
        self._remaining = self._remaining - len(chunk) if chunk else 0
        return chunk

    def close(self):
        self._file.close()


def file_size(file):
    """The size of an open file: its ``size`` when it knows it, else measured by seeking to its end."""
    size = getattr(file, "size", None)
    if size is not None:
        return size
    file.seek(0, io.SEEK_END)
    size = file.tell()
    file.seek(0)
    return size


def ranged_file_response(request, file, *, content_type, filename="", as_attachment=False, size=None):
    """Answer ``request`` with ``file`` (open in binary mode, at its start): 200, 206 or 416.

    ``filename`` and ``as_attachment`` give the Content-Disposition, as for ``FileResponse``;
    ``size`` saves measuring the file when the caller knows it. The response always says
    ``Accept-Ranges: bytes`` and closes the file once sent.
    """
    if size is None:
        size = file_size(file)
    try:
        byte_range = requested_range(request, size)
    except RangeNotSatisfiable:
        file.close()
        response = HttpResponse(status=416, content_type="text/plain")
        response["Content-Range"] = f"bytes */{size}"
    else:
        if byte_range is None:
            response = FileResponse(file, content_type=content_type, as_attachment=as_attachment, filename=filename)
        else:
            response = FileResponse(
                _BoundedReader(file, byte_range),
                status=206,
                content_type=content_type,
                as_attachment=as_attachment,
                filename=filename,
            )
            response["Content-Length"] = byte_range.length
            response["Content-Range"] = f"bytes {byte_range.first}-{byte_range.last}/{size}"
    response["Accept-Ranges"] = "bytes"
    return response
