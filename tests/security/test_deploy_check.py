"""`manage.py check --deploy` is clean under production settings with what production needs,
and those settings make every cookie HTTPS-only, script-proof and same-site."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOW_LOCAL_CACHE": "1",
        "VAR_DIR": str(tmp_path),
        "ALLOWED_HOSTS": "campaign.example.org",
        "TRUSTED_PROXIES": "10.0.0.0/24",
        **env,
    }
    return subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    result = production(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (2 silenced)" in result.stdout


def test_check_deploy_warns_when_production_trusts_no_proxy(tmp_path):
    result = production(tmp_path, "check", "--deploy", TRUSTED_PROXIES="")
    assert "common.W001" in result.stderr + result.stdout


def test_production_cookies_are_secure_http_only_and_same_site(tmp_path):
    names = [
        f"{cookie}_COOKIE_{flag}"
        for cookie in ("SESSION", "CSRF", "LANGUAGE")
        for flag in ("SECURE", "HTTPONLY", "SAMESITE")
    ]
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = production(tmp_path, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    for name, value in values.items():
        assert value == ("Lax" if name.endswith("SAMESITE") else True), name


def test_hsts_subdomains_and_preload_are_off_unless_asked_for(tmp_path):
    code = (
        "from django.conf import settings; "
        "print(settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SECURE_HSTS_PRELOAD)"
    )
    assert production(tmp_path, "shell", "-c", code).stdout.split()[-2:] == ["False", "False"]
    asked = production(
        tmp_path, "shell", "-c", code, SECURE_HSTS_INCLUDE_SUBDOMAINS="1", SECURE_HSTS_PRELOAD="1"
    )
    assert asked.stdout.split()[-2:] == ["True", "True"]


def production_policy(tmp_path: Path, **env: str) -> dict:
    code = (
        "import json; from django.conf import settings; print(json.dumps({"
        "'public': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'admin': settings.ADMIN_CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'storage': settings.STORAGES['default']['BACKEND']}))"
    )
    result = production(tmp_path, "shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_images_from_the_media_cdn_or_the_bucket_are_allowed(tmp_path):
    cdn = production_policy(
        tmp_path, AWS_STORAGE_BUCKET_NAME="campaign-media", MEDIA_CDN_DOMAIN="media.example.org"
    )
    assert cdn["public"] == ["'self'", "data:", "https://media.example.org"]
    assert "https://media.example.org" in cdn["admin"]
    assert cdn["storage"] == "common.upload_storage.UploadStorage"
    path_style = production_policy(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="campaign-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9010",
        AWS_S3_ADDRESSING_STYLE="path",
    )
    assert path_style["public"] == ["'self'", "data:", "http://127.0.0.1:9010"]
    aws = production_policy(
        tmp_path, AWS_STORAGE_BUCKET_NAME="campaign-media", AWS_S3_REGION_NAME="eu-west-2"
    )
    assert "https://campaign-media.s3.eu-west-2.amazonaws.com" in aws["public"]
    assert production_policy(tmp_path)["public"] == ["'self'", "data:"]
