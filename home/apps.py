from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core import checks
        from django.db.models.signals import post_migrate

        from common.checks import check_trusted_proxies

        from . import page_purge, view_restrictions
        from .site_address import check_default_site_address, sync_default_site_after_migrate

        checks.register(check_default_site_address)
        checks.register(check_trusted_proxies, checks.Tags.security)
        page_purge.connect()
        view_restrictions.connect()
        # Sent once per app after the whole migration run; listening for home's alone is
        # enough, and by then Wagtail's migrations have created the default Site.
        post_migrate.connect(
            sync_default_site_after_migrate, sender=self, dispatch_uid="home_site_address"
        )
