import subprocess
import sys

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_tests_run_on_postgresql():
    assert connection.vendor == "postgresql"


def test_home_page_renders_with_site_frame(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#main"' in html  # skip link
    assert '<main id="main"' in html
    assert 'aria-label="Main"' in html
    assert "/static/css/site.css" in html
    # Nothing is loaded from another host: assets ship with the site.
    assert "cdn" not in html.lower()


def test_admin_login_page_renders(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_unknown_url_gets_designed_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html
    assert 'role="search"' in html


def test_production_settings_refuse_missing_secret_key():
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "site_core.settings.production"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_settings_refuse_debug():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
        "SECRET_KEY": "x" * 50,
        "DEBUG": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DEBUG must be off in production" in result.stderr


def test_production_settings_start_when_configured():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
        "SECRET_KEY": "x" * 50,
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('ok')"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
