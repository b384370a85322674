"""A photo sent with a story: checked by its content, size-limited, re-encoded without EXIF.

The bytes are sniffed with ``filetype`` (a renamed program or an SVG is refused whatever its
name), Pillow opens and re-draws the pixels, and only the pixels are saved: no EXIF, so no GPS
position of a classroom or a home, and no camera serial number. The file gets a random name.
"""

import io
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

# Sniffed MIME type -> the format the photo is saved in. PNG keeps transparency; the rest become JPEG.
ACCEPTED_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "JPEG", "image/gif": "PNG"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png"}
# Enough for any phone picture; a larger one is shrunk to this many pixels on its longer side.
MAX_SIDE = 2400
# Pillow refuses images with more pixels than this ("decompression bombs").
MAX_PIXELS = 40_000_000
JPEG_QUALITY = 85


def max_photo_bytes():
    return settings.STORY_PHOTO_MAX_BYTES


def clean_photo(upload):
    """A new ContentFile with the photo re-encoded, or ValidationError (translated) for anything else."""
    limit = max_photo_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("This photo is too large: send one of at most %(limit)s."),
            code="photo_too_large",
            params={"limit": filesizeformat(limit)},
        )
    head = upload.read(2048)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ACCEPTED_TYPES:
        raise ValidationError(_("Send the photo as a JPEG, PNG, WebP or GIF picture."), code="photo_type")
    try:
        image = _open(upload)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError(_("This photo could not be read: try another one."), code="photo_unreadable") from error
    output_format = ACCEPTED_TYPES[kind.mime]
    return ContentFile(_encode(image, output_format), name=f"{uuid.uuid4().hex}.{EXTENSIONS[output_format]}")


def _open(upload):
    with Image.open(upload) as image:
        if image.width * image.height > MAX_PIXELS:
            raise ValueError("too many pixels")
        image.load()
        # Turn the picture the way the camera held it, since the orientation tag goes with the EXIF.
        image = ImageOps.exif_transpose(image)
        image.thumbnail((MAX_SIDE, MAX_SIDE))
        return image


def _encode(image, output_format):
    # A new image from the pixels alone: nothing of the original's metadata comes along.
    if output_format == "JPEG":
        pixels = image.convert("RGB")
    else:
        pixels = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB")
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    buffer = io.BytesIO()
    if output_format == "JPEG":
        clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        clean.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
