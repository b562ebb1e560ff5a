"""Uploads served from the site's own origin, never as a page that could run script there.

An uploaded file is whatever an editor (or a partner, through the endorsement form's logo)
chose to upload. Served inline from the site's origin, an HTML or SVG file would run its
scripts as the site, with the editors' session. So every upload the app serves goes out with
`nosniff` (the browser believes the stated type), a `sandbox` policy (no script, no same-origin
access, even if it is opened as a page), and `Content-Disposition: attachment` unless it is an
image type browsers only ever show as a picture (or a PDF, for documents).

Documents go through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"), which
also enforces their privacy settings; `documents/` is therefore never served as plain media.
Images and renditions are plain media: on one server without object storage `/media/` is
answered here (with a Cache-Control, the files never change under one name); with object
storage they come from the bucket or the CDN and production's storage parameters say the same
(site_core/settings/production.py)."""

import mimetypes
import posixpath
from collections.abc import Callable
from functools import wraps
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, re_path
from django.utils.cache import patch_cache_control
from django.views.static import serve

# Shown inline: browsers render these only as pictures, never as a document with script.
INLINE_IMAGE_TYPES = frozenset(
    {"image/avif", "image/gif", "image/jpeg", "image/png", "image/webp", "image/x-icon"}
)
# For an upload opened as a page: no script, no plugins, no requests, its own opaque origin.
# Not for PDFs shown inline: browsers refuse to run their PDF viewer in a sandboxed document
# (and the viewer runs a PDF's script, if any, away from the site's origin anyway).
SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
# Media folders that are not plain media: documents are served by their own view only.
PRIVATE_MEDIA_FOLDERS = ("documents/",)


def attachment(filename: str) -> str:
    """`Content-Disposition` that makes the browser save the file instead of showing it."""
    return f"attachment; filename*=UTF-8''{quote(filename)}"


def make_upload_safe(response: HttpResponse, filename: str, content_type: str) -> HttpResponse:
    """The headers every served upload gets (see the module's docstring)."""
    response["X-Content-Type-Options"] = "nosniff"
    disposition = response.get("Content-Disposition", "")
    shown_inline = not disposition.startswith("attachment")
    if content_type not in INLINE_IMAGE_TYPES and not (
        content_type == "application/pdf" and shown_inline
    ):
        response["Content-Disposition"] = attachment(filename)
        shown_inline = False
    if not (content_type == "application/pdf" and shown_inline):
        response["Content-Security-Policy"] = SANDBOX_POLICY
    return response


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """An uploaded image or rendition from MEDIA_ROOT, for a one-server install without
    object storage (and for `make run`)."""
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith(PRIVATE_MEDIA_FOLDERS):
        raise Http404("Documents are served at /documents/.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    make_upload_safe(response, posixpath.basename(path), content_type)
    # Uploads never change under one name (a new upload gets a new one), so browsers and
    # the edge may keep them; a deleted image is gone from them within a day.
    patch_cache_control(response, public=True, max_age=settings.MEDIA_CACHE_SECONDS)
    return response


def media_urlpatterns() -> list[URLPattern]:
    """`/media/…` served by the app when uploads are on this server's disk (one server, or
    `make run`); nothing when they are in object storage or MEDIA_URL names another host."""
    local = settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    if not local or not settings.MEDIA_URL.startswith("/"):
        return []
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.+)$", serve_media, name="media")]


def safe_document_serve(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wagtail's document serve view, with the upload headers on every file it serves."""

    @wraps(view)
    def serve_document(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            filename = args[1] if len(args) > 1 else kwargs.get("document_filename", "")
            content_type = response.get("Content-Type", "").split(";")[0].strip()
            fallback = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            make_upload_safe(response, filename, content_type or fallback)
        return response

    return serve_document


def document_urlpatterns(patterns: list[URLPattern]) -> list[URLPattern]:
    """Wagtail's document URLs (`wagtail.documents.urls.urlpatterns`), its serve view wrapped
    in `safe_document_serve`; the others (the password form) as they are."""
    return [
        URLPattern(
            pattern.pattern,
            safe_document_serve(pattern.callback),
            pattern.default_args,
            pattern.name,
        )
        if pattern.name == "wagtaildocs_serve"
        else pattern
        for pattern in patterns
    ]
