from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.fields import StreamField

        from . import signals
        from .blocks.labels import label_blocks

        signals.connect()
        for model in self.get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField):
                    label_blocks(field.stream_block)
