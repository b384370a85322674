"""PDFs: render HTML with WeasyPrint, and keep every PDF in media storage so it is rendered once.

Text stays text: WeasyPrint embeds (subsets of) the Noto fonts, so a PDF in any of our scripts can
be selected, searched and read aloud. The document's ``<title>`` and ``<html lang>`` become the
PDF's title and language. A stored PDF's name carries the revision it was made from, so
publishing again gives a new name and the old file is never served for the new content.
"""

import functools
import logging
import mimetypes
import re
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

# Images keep up to print resolution; only a photo finer than this at its printed size is
# resampled, and never below it. (WeasyPrint's ``dpi`` is a ceiling, not a target.)
PRINT_DPI = 300
# Part of every stored PDF's name: raise it when the PDF templates, styles or their translations
# change, so that PDFs rendered with the old layout are not served after a deploy.
LAYOUT_VERSION = 1


def render_pdf(html, base_url, *, url_fetcher=None):
    """The PDF (bytes) of an HTML document; relative links resolve against ``base_url``."""
    # Imported here: WeasyPrint takes most of a second to import, and only PDF work needs it.
    from weasyprint import HTML

    fetcher = url_fetcher or site_files_fetcher(base_url)
    # Tagged PDF: screen readers get headings, lists and reading order, not just loose text.
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(dpi=PRINT_DPI, pdf_tags=True)


def site_files_fetcher(base_url):
    """A WeasyPrint URL fetcher that reads this site's static and media files from storage.

    It never makes a network request (no request to our own server from inside a request, no
    address chosen by whoever wrote the content), and a missing file only leaves a gap where
    the image was: WeasyPrint logs the failure and goes on.
    """
    return _site_files_fetcher_class()(base_url)


@functools.cache
def _site_files_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SiteFilesFetcher(URLFetcher):
        def __init__(self, base_url):
            super().__init__()
            self.static_prefix = urljoin(base_url, settings.STATIC_URL)
            self.media_prefix = urljoin(base_url, settings.MEDIA_URL)

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith(self.static_prefix):
                opened = _open_static(_storage_name(url, self.static_prefix))
            elif url.startswith(self.media_prefix):
                opened = default_storage.open(_storage_name(url, self.media_prefix), "rb")
            else:
                raise ValueError(f"Not one of this site's files, so not fetched for a PDF: {url}")
            with opened:
                body = opened.read()
            content_type = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": content_type})

    return SiteFilesFetcher


def _storage_name(url, prefix):
    name = unquote(urlsplit(url[len(prefix) :]).path)
    if not name or name.startswith("/") or ".." in name.split("/"):
        raise ValueError(f"Not a file name: {url}")
    return name


def _open_static(name):
    # The app folders in development and tests, the collected files in production.
    path = finders.find(name)
    return open(path, "rb") if path else staticfiles_storage.open(name, "rb")  # noqa: SIM115


def page_numbers_css():
    """A CSS ``content`` value for "Page X of Y" in the active language.

    Translators move the numbers freely: "%(page)s" and "%(pages)s" become CSS page counters.
    """
    text = gettext("Page %(page)s of %(pages)s")
    parts = []
    for piece in re.split(r"(%\(pages?\)s)", text):
        if piece == "%(page)s":
            parts.append("counter(page)")
        elif piece == "%(pages)s":
            parts.append("counter(pages)")
        elif piece:
            parts.append(css_string(piece))
    return " ".join(parts)


def css_string(text):
    """``text`` as a quoted CSS string that cannot end the string or the <style> element."""
    escaped = "".join(char if char.isalnum() or char in " .,:;!?()-_/%'" else f"\\{ord(char):x} " for char in text)
    return f'"{escaped}"'


# Storage: one file per document, named for what it was made from.


def store_pdf(key, pdf):
    """Save the PDF under ``key``; if another worker stored it first, keep theirs."""
    saved_as = default_storage.save(key, ContentFile(pdf))
    if saved_as != key:
        # Storages rename rather than overwrite: the copy under the other name is not wanted.
        default_storage.delete(saved_as)


def ensure_pdf(key, render):
    """Make sure a PDF is stored under ``key``, calling ``render()`` for its bytes only if not.

    A key is ``<folder>/<version>/<file>``, the version a revision number or ``<kind>-<digest>``:
    a new version replaces the others of its kind in the folder, which are deleted, so media
    does not fill up with PDFs of superseded revisions.
    """
    if not default_storage.exists(key):
        store_pdf(key, render())
        logger.info("Rendered and stored %s", key)
        delete_superseded_pdfs(key)
    return key


def delete_superseded_pdfs(key):
    folder, version, filename = key.rsplit("/", 2)
    try:
        versions, _files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for other in versions:
        other_key = f"{folder}/{other}/{filename}"
        if other != version and _kind(other) == _kind(version) and default_storage.exists(other_key):
            default_storage.delete(other_key)


def _kind(version):
    return version.rpartition("-")[0]  # "book" for "book-3f2a...", "" for a revision number


def pdf_response(key, filename):
    """Serve a stored PDF, to be shown in the browser, saved under ``filename``."""
    return FileResponse(default_storage.open(key, "rb"), content_type="application/pdf", filename=filename)
