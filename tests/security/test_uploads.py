"""Uploads never run as a page from the site's origin: HTML and SVG are refused as documents
and images, a stored one is served as a sandboxed download, pictures are served inline with
`nosniff`; and on one server without object storage `/media/` is served (it answered 404)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model

from common.upload_storage import UploadStorage
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SCRIPT_PAGE = b"<html><body><script>alert(document.cookie)</script></body></html>"
SCRIPT_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def document(filename: str, content: bytes):
    return get_document_model().objects.create(
        title=filename, file=ContentFile(content, name=filename)
    )


def assert_sandboxed_download(response, filename: str) -> None:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert filename.split(".")[0] in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def test_html_and_svg_documents_are_refused_at_upload(editor, media_root):
    for name, content in [("flyer.html", SCRIPT_PAGE), ("logo.svg", SCRIPT_SVG)]:
        response = editor.post(
            "/admin/documents/add/",
            {"title": name, "file": ContentFile(content, name=name), "collection": 1},
        )
        assert response.status_code == 200, name
        html = response.content.decode()
        assert f"File extension “{name.rsplit('.', 1)[1]}” is not allowed" in html, name
    assert not get_document_model().objects.exists()


def test_an_svg_image_is_refused_at_upload(editor, media_root):
    response = editor.post(
        "/admin/images/add/",
        {"title": "Logo", "file": ContentFile(SCRIPT_SVG, name="logo.svg"), "collection": 1},
    )
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()


def test_a_stored_html_or_svg_document_is_a_sandboxed_download(client, media_root):
    """One that got in anyway (an import, an older list of extensions)."""
    for name, content in [("flyer.html", SCRIPT_PAGE), ("logo.svg", SCRIPT_SVG)]:
        doc = document(name, content)
        response = client.get(doc.url)
        assert_sandboxed_download(response, name)
        assert b"".join(response.streaming_content) == content


def test_a_pdf_still_opens_in_the_browser(client, media_root):
    doc = document("demands.pdf", b"%PDF-1.4\n%%EOF\n")
    response = client.get(doc.url)
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_media_images_are_served_inline_and_other_files_as_downloads(client, media_root):
    image = ImageFactory()
    picture = client.get(image.file.url)
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/jpeg"
    assert not picture.get("Content-Disposition", "").startswith("attachment")
    assert picture["X-Content-Type-Options"] == "nosniff"
    assert picture["Content-Security-Policy"].startswith("sandbox")
    assert "max-age=86400" in picture["Cache-Control"]
    (media_root / "original_images").mkdir(parents=True, exist_ok=True)
    (media_root / "original_images" / "page.html").write_bytes(SCRIPT_PAGE)
    assert_sandboxed_download(client.get("/media/original_images/page.html"), "page.html")


def test_documents_are_not_reachable_as_plain_media(client, media_root):
    doc = document("plan.pdf", b"%PDF-1.4\n%%EOF\n")
    assert client.get(f"/media/{doc.file.name}").status_code == 404
    assert client.get("/media/original_images/../documents/plan.pdf").status_code == 404


def test_one_server_production_serves_media(tmp_path):
    """Production settings without object storage, in their own process (the URL patterns
    are chosen at start-up), against this test run's database."""
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "banner.png").write_bytes(
        bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
    )
    database = connection.settings_dict
    code = (
        "import json; from django.test import Client; "
        "r = Client().get('/media/original_images/banner.png', secure=True, "
        "HTTP_HOST='campaign.example.org'); "
        "print(json.dumps({'status': r.status_code, 'type': r.get('Content-Type'), "
        "'csp': r.get('Content-Security-Policy'), 'nosniff': r.get('X-Content-Type-Options')}))"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
            "SECRET_KEY": "one-server-" + "x" * 50,
            "ALLOW_LOCAL_CACHE": "1",
            "VAR_DIR": str(tmp_path),
            "MEDIA_ROOT": str(media),
            "ALLOWED_HOSTS": "campaign.example.org",
            "TRUSTED_PROXIES": "127.0.0.1",
            "DATABASE_URL": (
                f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@"
                f"{database['HOST']}:{database['PORT']}/{database['NAME']}"
            ),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    served = json.loads(result.stdout.strip().splitlines()[-1])
    assert served["status"] == 200
    assert served["type"] == "image/png"
    assert served["nosniff"] == "nosniff"
    assert served["csp"].startswith("sandbox")


def test_object_storage_stores_anything_but_a_picture_as_a_download():
    storage = UploadStorage(bucket_name="campaign-media")
    page = storage.get_object_parameters("original_images/flyer.html")
    assert page["ContentType"] == "text/html"
    assert page["ContentDisposition"] == "attachment; filename*=UTF-8''flyer.html"
    picture = storage.get_object_parameters("images/banner.width-800.jpg")
    assert picture["ContentType"] == "image/jpeg"
    assert "ContentDisposition" not in picture
