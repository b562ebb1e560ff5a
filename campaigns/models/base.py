"""Small field mixins shared by page types, so no field set is pasted into several classes."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import CharField, Prefetch, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


def translated(*names: str) -> list[TranslatableField]:
    """Fields translators write in Spanish on wagtail-localize's translation screen."""
    return [TranslatableField(name) for name in names]


def kept_in_sync(*names: str) -> list[SynchronizedField]:
    """Fields every translation copies from the English page, which translators cannot
    override: the Spanish page of a petition has the same goal and closing time, an event the
    same times and places to fill, because they are one petition, one event."""
    return [SynchronizedField(name, overridable=False) for name in names]


def _zone_help(text: str) -> str:
    return _("%(help)s Times are in the site's time zone, %(zone)s.") % {
        "help": text,
        "zone": settings.TIME_ZONE,
    }


# Help text that names the time zone a date field is entered in, in the editor's language.
zone_help = lazy(_zone_help, str)


def with_listing_images(queryset: QuerySet) -> QuerySet:
    """`queryset` (of ListingMixin pages) with lead images and all their renditions fetched
    in two queries, so a listing costs the same with one picture or twenty."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch("listing_image", queryset=images))


class ListingMixin(models.Model):
    """How a page looks in listings, search results and social shares. Page types override
    `listing_label` (the badge on a search result) and `structured_data` (what search engines
    read, see home.seo) when they have more to say than their type's name."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings, search results and social shares."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
        help_text=_("Shown at the top of the page, in listings and when the page is shared."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Summary and image")
        )
    ]
    listing_search_fields = [index.SearchField("summary")]
    # The lead image is shared; a translator may pick one with Spanish text on it.
    listing_translatable_fields = [*translated("summary"), SynchronizedField("listing_image")]

    class Meta:
        abstract = True

    @property
    def listing_label(self) -> str:
        """What kind of page this is, in a word or two, e.g. 'Campaign'."""
        return capfirst(self._meta.verbose_name)

    def structured_data(self, request, site_settings, image) -> dict | None:
        """The schema.org description of the page, or None when its type has none."""
        return None

    def listed_on(self) -> list[Page | str]:
        """The pages and feed addresses (site-relative) that show this page, besides its
        ancestors: the page cache purges them with it (see home/page_purge.py)."""
        return []


def programme_pages(page: Page) -> list[Page]:
    """The weeks of action in `page`'s campaign, whose programmes list its updates and
    events. By name: those page types import this module."""
    weeks = apps.get_model("campaigns", "WeekOfActionPage").objects.live()
    campaign = apps.get_model("campaigns", "CampaignPage").for_page(page)
    return list(weeks.child_of(campaign)) if campaign else []


class IntroMixin(models.Model):
    """A short introduction at the top of an index or hub page."""

    intro = models.TextField(
        blank=True, max_length=600, help_text=_("A sentence or two above the list.")
    )

    intro_translatable_fields = translated("intro")

    class Meta:
        abstract = True


class MenuLabelMixin(models.Model):
    """A short name for a campaign section in the campaign's navigation, so the row of links
    stays one line. Page types set `default_menu_label` for when editors leave it empty."""

    menu_label = models.CharField(
        _("menu label"),
        max_length=30,
        blank=True,
        help_text=_(
            "A word or two for the campaign's navigation, e.g. 'Updates', 'Petitions', "
            "'Week of action'. Leave empty to use the usual name for this kind of page."
        ),
    )
    default_menu_label = ""
    menu_translatable_fields = translated("menu_label")

    promote_panels = [
        Page.promote_panels[0],
        MultiFieldPanel(
            [FieldPanel("show_in_menus"), FieldPanel("menu_label")], _("For site menus")
        ),
    ]

    class Meta:
        abstract = True


def with_menu_labels(pages: QuerySet) -> QuerySet:
    """`pages` (plain pages of any type) with `chosen_menu_label`, the label editors gave
    each, read through a join per page type that has one: a row of sections is one query,
    not one more per page type."""
    labels = [
        NullIf(f"{model._meta.model_name}__menu_label", Value(""))
        for model in apps.get_models()
        if issubclass(model, MenuLabelMixin)
    ]
    return pages.annotate(chosen_menu_label=Coalesce(*labels, Value(""), output_field=CharField()))


def nav_label(page: Page) -> str:
    """What the campaign navigation calls `page`: its menu label, else the usual name for
    its page type, else its title."""
    chosen = getattr(page, "menu_label", "") or getattr(page, "chosen_menu_label", "")
    return chosen or getattr(page.specific_class, "default_menu_label", "") or page.title
