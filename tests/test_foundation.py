import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import Site

from campaigns.models import HomePage
from home.site_address import check_default_site_address, sync_default_site_after_migrate
from tests.factories import UpdateIndexPageFactory, UpdatePageFactory

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


# The site's address: the Wagtail Site follows SITE_URL -----------------------------------

PUBLIC_URL = "https://campaign.example.org"


@pytest.fixture
def site_url(settings):
    """SITE_URL set to a public https address, the default Site following it as after a migrate;
    Wagtail's cached site root paths are dropped again afterwards (the rollback does not)."""
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    sync_default_site_after_migrate(using="default")
    yield PUBLIC_URL
    Site.clear_site_root_paths_cache()


def test_migrate_gives_the_default_site_the_site_url_address(site_url):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("campaign.example.org", 443, PUBLIC_URL)


def test_migrated_test_database_site_follows_the_test_site_url():
    assert Site.objects.get(is_default_site=True).root_url == settings.WAGTAILADMIN_BASE_URL


def test_canonical_link_and_og_url_use_the_site_url_host(client, site_url):
    news = UpdateIndexPageFactory(parent=HomePage.objects.get(), slug="news")
    page = UpdatePageFactory(parent=news, title="Hearing set for Friday")
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{PUBLIC_URL}{page.url}">' in html
    assert f'content="{PUBLIC_URL}{page.url}"' in html  # og:url
    assert "localhost" not in html


def test_check_warns_when_the_default_site_is_not_at_site_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8105"
    messages = check_default_site_address()
    assert [message.id for message in messages] == ["home.W001"]
    assert "http://127.0.0.1:8105" in messages[0].msg


def test_check_is_silent_when_the_default_site_matches_site_url(site_url):
    assert check_default_site_address() == []


def test_load_demo_gives_the_default_site_the_site_url_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8105"
    call_command("load_demo", stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8105"
    Site.clear_site_root_paths_cache()


def test_make_run_serves_and_links_to_the_web_port_address():
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    result = subprocess.run(
        ["make", "-n", "-f", "-", "run"],  # noqa: S607 (make on PATH)
        input=makefile.replace("run: install", "run:"),
        env={"PATH": "/usr/bin:/bin", "WEB_PORT": "8105"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Serving the site at http://127.0.0.1:8105" in result.stdout
    assert "8000" not in result.stdout
