from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Scheduling, roles and the editors' dashboard: what makes scheduled content trustworthy."""

    name = "editorial"
    verbose_name = _("Editorial")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .panels import use_zoned_publishing_panel
        from .pickers import offer_minutes_in_pickers
        from .roles import grant_snippet_permissions_after_migrate

        use_zoned_publishing_panel()
        offer_minutes_in_pickers()
        post_migrate.connect(
            grant_snippet_permissions_after_migrate, dispatch_uid="editorial_snippet_roles"
        )
