from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CampaignImage(AbstractImage):
    """An image in the media library, with the story every campaign photo needs: what it shows
    (for screen readers), a caption, and who to credit."""

    description = models.CharField(
        "alt text",
        max_length=255,
        help_text=(
            "Describe what the image shows for people who cannot see it, e.g. 'Marchers holding "
            "a banner outside the DHS office'. Required."
        ),
    )
    caption = models.CharField(
        max_length=255,
        blank=True,
        help_text="Shown under the image, e.g. 'Comptroller Stringer at the town hall'.",
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text="Who took or owns the photo, e.g. '@scottstringer' or 'Via Its Going Down'.",
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    @property
    def alt_text(self) -> str:
        return self.description or self.title


class CampaignRendition(AbstractRendition):
    image = models.ForeignKey(CampaignImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
