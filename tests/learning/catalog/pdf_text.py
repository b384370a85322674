"""Reading a PDF back as text, with a patch for a gap between WeasyPrint 70 and pypdf 7.1.

WeasyPrint 70 gives its Type0 (CID) fonts an embedded CMap stream as ``/Encoding`` (``WP-Encod-0``),
an identity mapping of two-byte codes to glyph ids. pypdf 7.1 does not read an encoding given as a
stream: it falls back to a one-byte encoding, so text in those fonts (Chinese, Arabic, and the Latin
around them) comes out as "\\x00C\\x00o...". Naming the encoding ``/Identity-H``, which is what the
stream says, lets pypdf read it with the font's ``/ToUnicode`` map. This can go once pypdf reads
CMap streams as encodings (``pypdf._cmap._parse_encoding``).
"""

import io

from pypdf import PdfReader
from pypdf.generic import NameObject, StreamObject


def _name_identity_encodings(reader):
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for font in fonts.values():
            font = font.get_object()
            encoding = font.get("/Encoding")
            if font.get("/Subtype") == "/Type0" and isinstance(
                getattr(encoding, "get_object", lambda: None)(), StreamObject
            ):
                font[NameObject("/Encoding")] = NameObject("/Identity-H")


def pdf_reader(content):
    reader = PdfReader(io.BytesIO(content))
    _name_identity_encodings(reader)
    return reader


def pdf_text(content):
    """The text of every page, joined."""
    return "\n".join(page.extract_text() for page in pdf_reader(content).pages)


def squeezed(text):
    """Without whitespace: extraction breaks lines and spaces where the layout does."""
    return "".join(text.split())
