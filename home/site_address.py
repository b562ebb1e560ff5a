"""The Wagtail Site record follows SITE_URL.

Wagtail builds every absolute page address (canonical links, og:url, feed item ids, the
sitemap) from the default Site's hostname and port, which start as `localhost:80`, while the
rest of the site (emails, calendar files, the admin) uses SITE_URL (settings
WAGTAILADMIN_BASE_URL). `migrate` and `load_demo` copy SITE_URL onto the default Site, and a
system check warns when someone changed one without the other.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_url_address() -> tuple[str, str, int]:
    """SITE_URL's scheme, hostname and port (the scheme's default port when it names none)."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    scheme = parts.scheme or "http"
    return scheme, parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(scheme, 80)


def expected_root_url() -> str:
    """SITE_URL as Wagtail's Site.root_url would spell it."""
    scheme, hostname, port = site_url_address()
    if DEFAULT_PORTS.get(scheme) == port:
        return f"{scheme}://{hostname}"
    return f"{scheme}://{hostname}:{port}"


def sync_default_site(using: str = DEFAULT_DB_ALIAS) -> Site | None:
    """Give the default Site SITE_URL's hostname and port. Does nothing when there is no default
    Site yet, or when another Site already has that address (the check then says so)."""
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    _, hostname, port = site_url_address()
    if (site.hostname, site.port) == (hostname, port):
        return site
    clash = Site.objects.using(using).filter(hostname=hostname, port=port).exclude(pk=site.pk)
    if clash.exists():
        return site
    site.hostname, site.port = hostname, port
    site.save(using=using)  # save(), not update(): Wagtail's signal clears its root-path cache
    return site


def sync_default_site_after_migrate(using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_migrate receiver: every migrate (the first one creates the Site) follows SITE_URL."""
    sync_default_site(using)


def check_default_site_address(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Warn when the default Site's address is not SITE_URL's: pages would link elsewhere."""
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        if Site._meta.db_table not in connection.introspection.table_names():
            return []  # not migrated yet; migrate will set the address
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no database to look at (yet): nothing to compare
    if site is None or site.root_url == expected_root_url():
        return []
    return [
        checks.Warning(
            f"The default Wagtail Site's address is {site.root_url} but SITE_URL is "
            f"{expected_root_url()}: canonical links, feeds and the sitemap use the Site's.",
            hint=(
                "Run `manage.py migrate` (it copies SITE_URL onto the default Site), or set "
                "SITE_URL to the Site's address. Wagtail spells https only on port 443."
            ),
            obj=site,
            id="home.W001",
        )
    ]
