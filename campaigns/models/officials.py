"""What the pages that reach officials (letters, calls) share: the officials they address, the
fallback offered when none of them serves the reader, and the 'who represents me?' look-up
(campaigns.officials) on the page itself."""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel

from campaigns.localized import in_locale
from campaigns.officials import Lookup, lookup_from_query


class ReachOfficialsMixin(models.Model):
    """A page addressed to officials chosen by the reader's place. The page type declares an
    Orderable with `page = ParentalKey(<page type>, related_name="target_links")` and a
    `target` foreign key, as PetitionTarget does; put `officials_panels` in its content panels
    and `officials_synchronised_fields` in its translation settings."""

    fallback_target = models.ForeignKey(
        "campaigns.Target",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fallback official"),
        help_text=_(
            "Offered to readers none of the officials above represents, e.g. the Governor for "
            "readers outside the counties whose sheriffs you target. Leave empty to offer none."
        ),
    )

    officials_panels = [
        MultipleChooserPanel(
            "target_links",
            chooser_field_name="target",
            heading=_("Officials"),
            label=_("Official"),
            help_text=_(
                "Everyone this action may reach. Each reader is sent to the ones who represent "
                "the ZIP code they enter (set where an official serves under Campaign lists → "
                "Targets (officials))."
            ),
        ),
        FieldPanel("fallback_target"),
    ]
    officials_synchronised_fields = ("target_links", "fallback_target")

    class Meta:
        abstract = True

    @property
    def official_targets(self) -> list:
        """The officials addressed, in the editor's order, in the page's language."""
        if not hasattr(self, "_official_targets"):
            targets = [link.target for link in self.target_links.all()]
            self._official_targets = in_locale(targets, self.locale_id)
        return self._official_targets

    @property
    def fallback_in_locale(self):
        if self.fallback_target is None:
            return None
        return in_locale([self.fallback_target], self.locale_id)[0]

    def look_up_officials(self, params) -> Lookup:
        """The reader's officials for the zip/state/county in `params` (a query string or a
        form post)."""
        return lookup_from_query(params, self.official_targets, self.fallback_in_locale)

    def fetch_officials(self, request) -> None:
        """The officials and the fallback in two queries, not one per official. (A preview
        shows the editor's unsaved rows instead: nothing to fetch.)"""
        if self.pk and not getattr(request, "is_preview", False):
            links = self._meta.get_field("target_links").related_model.objects
            prefetch_related_objects(
                [self], Prefetch("target_links", queryset=links.select_related("target"))
            )
            prefetch_related_objects([self], "fallback_target")

    def get_context(self, request, *args, **kwargs):
        self.fetch_officials(request)
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("lookup", self.look_up_officials(request.GET))
        context.setdefault("find_url", self.url or "")
        return context
