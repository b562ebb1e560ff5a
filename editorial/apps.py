from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Scheduling, roles and the editors' dashboard: what makes scheduled content trustworthy."""

    name = "editorial"
    verbose_name = "Editorial"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .panels import use_zoned_publishing_panel

        use_zoned_publishing_panel()
