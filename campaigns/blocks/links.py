"""Link logic shared by blocks, kept in StructValue classes so that templates stay simple."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class LinkStructValue(blocks.StructValue):
    """A link to a page on this site or to another website; `url` and `is_external` decide."""

    @property
    def url(self) -> str:
        page = self.get("page")
        if page:
            return page.url or ""
        return self.get("external_url") or ""

    @property
    def is_external(self) -> bool:
        return not self.get("page") and bool(self.get("external_url"))


class LinkBlock(blocks.StructBlock):
    """Pick a page on this site, or paste the address of another website."""

    page = blocks.PageChooserBlock(
        required=False, help_text=_("A page on this site. Leave empty to use a web address.")
    )
    external_url = blocks.URLBlock(
        required=False,
        label=_("Web address"),
        help_text=_("Another website, e.g. https://actionnetwork.org/petitions/…"),
    )

    class Meta:
        value_class = LinkStructValue
        icon = "link"
        form_classname = "link-block"

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("external_url"):
            raise StructBlockValidationError(
                block_errors={
                    "external_url": ValidationError(_("Choose a page or a web address, not both."))
                }
            )
        return value
