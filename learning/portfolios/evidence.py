"""Checking and cleaning the files educators upload as evidence.

A file's kind is read from its bytes (``filetype``), never from its name or from what the browser
says, and each kind has a size limit. Photos are opened with Pillow under a pixel limit (an "image
bomb" of a few kilobytes that unpacks into gigabytes is refused with a clear message), turned the
right way up, shrunk to a sensible size and saved again without their EXIF data, so no photo of a
classroom carries the place it was taken. Anything else (an SVG, which can carry scripts, an
executable renamed ``.pdf``) is refused.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

from learning.models.portfolios import EvidenceKind

MB = 1024 * 1024
# What each kind may weigh. Recordings are the heaviest evidence a teacher has; longer videos
# belong on a video service, linked.
MAX_BYTES = {
    EvidenceKind.IMAGE: 15 * MB,
    EvidenceKind.PDF: 20 * MB,
    EvidenceKind.DOCUMENT: 20 * MB,
    EvidenceKind.AUDIO: 50 * MB,
    EvidenceKind.VIDEO: 100 * MB,
}
LARGEST_FILE = max(MAX_BYTES.values())
# 40 megapixels: every phone camera fits; a decompression bomb does not.
MAX_IMAGE_PIXELS = 40_000_000
# Long side of a stored photo: sharp on a screen and in print, a fraction of a camera's original.
MAX_IMAGE_SIDE = 2000
# Long side of the small copy shown in galleries and lists.
THUMBNAIL_SIDE = 640
JPEG_QUALITY = 85

# Sniffed MIME type -> (kind, extension the file is stored with).
ACCEPTED = {
    "image/jpeg": (EvidenceKind.IMAGE, "jpg"),
    "image/png": (EvidenceKind.IMAGE, "png"),
    "image/gif": (EvidenceKind.IMAGE, "gif"),
    "image/webp": (EvidenceKind.IMAGE, "webp"),
    "application/pdf": (EvidenceKind.PDF, "pdf"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (EvidenceKind.DOCUMENT, "docx"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (EvidenceKind.DOCUMENT, "xlsx"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (EvidenceKind.DOCUMENT, "pptx"),
    "application/vnd.oasis.opendocument.text": (EvidenceKind.DOCUMENT, "odt"),
    "audio/mpeg": (EvidenceKind.AUDIO, "mp3"),
    "audio/mp4": (EvidenceKind.AUDIO, "m4a"),
    "audio/ogg": (EvidenceKind.AUDIO, "ogg"),
    "audio/x-wav": (EvidenceKind.AUDIO, "wav"),
    "video/mp4": (EvidenceKind.VIDEO, "mp4"),
    "video/webm": (EvidenceKind.VIDEO, "webm"),
    "video/quicktime": (EvidenceKind.VIDEO, "mov"),
    "video/x-m4v": (EvidenceKind.VIDEO, "m4v"),
}
# Enough of the start of a file for every signature above (office files are ZIPs, read further).
SNIFF_BYTES = 8192


@dataclass
class CleanFile:
    kind: str
    content_type: str
    content: ContentFile
    size: int
    width: int | None = None
    height: int | None = None
    thumbnail: ContentFile | None = None


def accepted_kinds_text():
    return _("photos (JPEG, PNG, GIF, WebP), PDFs, Word, Excel, PowerPoint or OpenDocument text, audio or video")


def clean_upload(uploaded):
    """The checked (and, for a photo, re-encoded) file, or a ``ValidationError`` saying why not."""
    if uploaded.size > LARGEST_FILE:
        raise _too_large(uploaded.size, LARGEST_FILE)
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    guess = filetype.guess(head) if head else None
    if guess is not None and guess.mime == "application/zip":
        # Office formats are ZIPs; filetype tells them apart from the entries, read from the whole file.
        uploaded.seek(0)
        guess = filetype.guess(uploaded.read())
    if guess is None or guess.mime not in ACCEPTED:
        raise ValidationError(
            _("This kind of file cannot be added. You can add %(kinds)s."),
            code="file_type",
            params={"kinds": accepted_kinds_text()},
        )
    kind, extension = ACCEPTED[guess.mime]
    if uploaded.size > MAX_BYTES[kind]:
        raise _too_large(uploaded.size, MAX_BYTES[kind])
    uploaded.seek(0)
    if kind == EvidenceKind.IMAGE:
        return _clean_image(uploaded)
    content = ContentFile(uploaded.read(), name=f"evidence.{extension}")
    return CleanFile(kind=kind, content_type=guess.mime, content=content, size=content.size)


def _too_large(size, limit):
    return ValidationError(
        _("This file is %(size)s; files of this kind can be at most %(limit)s."),
        code="file_size",
        params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
    )


def _clean_image(uploaded):
    """Open under the pixel limit, turn upright, shrink, and save again without metadata."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its own limit and twice it; here, a bomb is an error.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(uploaded)
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError(f"{width}x{height}")
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("This image is too large: at most %(megapixels)s megapixels. Please send a smaller copy."),
            code="image_pixels",
            params={"megapixels": MAX_IMAGE_PIXELS // 1_000_000},
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise ValidationError(_("This image could not be read. Is the file complete?"), code="image_broken") from None
    image = ImageOps.exif_transpose(image)  # upright, before the orientation tag goes with the rest
    image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    keeps_transparency = image.mode in ("RGBA", "LA", "P") and (image.mode != "P" or "transparency" in image.info)
    if keeps_transparency:
        image = image.convert("RGBA")
        content_type, extension, options = "image/png", "png", {"format": "PNG", "optimize": True}
    else:
        image = image.convert("RGB")
        content_type, extension = "image/jpeg", "jpg"
        options = {"format": "JPEG", "quality": JPEG_QUALITY, "optimize": True}
    content = _encoded(image, extension, options)
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    return CleanFile(
        kind=EvidenceKind.IMAGE,
        content_type=content_type,
        content=content,
        size=content.size,
        width=image.width,
        height=image.height,
        thumbnail=_encoded(small, extension, options),
    )


def _encoded(image, extension, options):
    """The image saved anew: no ``exif=`` and no ``pnginfo=``, so no metadata is carried over."""
    output = io.BytesIO()
    image.save(output, **options)
    return ContentFile(output.getvalue(), name=f"evidence.{extension}")
