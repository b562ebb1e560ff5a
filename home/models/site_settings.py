from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

# What every page shows around its content (these settings, the footer's social links, the
# main menu) is the same on every page: it is read once and kept in the cache, and forgotten
# whenever the page cache purges the whole site (home/page_purge.py).
SITE_CHROME_SECONDS = 24 * 60 * 60


def site_chrome_key(name: str, site_id: int) -> str:
    return f"site-chrome:{name}:{site_id}"


def forget_site_chrome() -> None:
    site_ids = Site.objects.values_list("pk", flat=True)
    cache.delete_many(
        [site_chrome_key(name, pk) for pk in site_ids for name in ("settings", "menu")]
    )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """What every page shows around its content: the organisation's name, the donate link and
    the footer. Edit under Settings → Site settings."""

    organisation_name = models.CharField(
        max_length=120,
        default="Enlace",
        help_text="Shown in the header and footer, e.g. 'Enlace'.",
    )
    tagline = models.CharField(
        max_length=200,
        blank=True,
        help_text="A short line under the name, e.g. 'End detention. End deportation. Divest.'",
    )
    donate_url = models.URLField(
        blank=True,
        help_text="Where the Donate button in the header and footer goes. Leave blank to hide it.",
    )
    donate_label = models.CharField(max_length=40, default="Donate", help_text="Button text.")
    footer_text = models.TextField(
        blank=True,
        help_text="A sentence or two for the footer: who the coalition is, how to reach it.",
    )
    contact_email = models.EmailField(blank=True, help_text="Public contact address. Optional.")

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline")], heading="Identity"
        ),
        InlinePanel(
            "menu_items",
            heading="Main navigation",
            label="Menu link",
            help_text="The links across the top of every page, in order. Leave empty to list "
            "the home page's sub-pages that have 'Show in menus' ticked.",
        ),
        MultiFieldPanel([FieldPanel("donate_url"), FieldPanel("donate_label")], heading="Donate"),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("contact_email"), InlinePanel("social_links")],
            heading="Footer",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def for_request(cls, request):
        """The settings for the request's site, with the social links, through the cache:
        the page chrome costs no query. (The admin edits them through `for_site`, uncached.)"""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        key = site_chrome_key("settings", site.pk)
        instance = cache.get(key)
        if instance is None:
            instance = cls.for_site(site)
            prefetch_related_objects([instance], "social_links")
            cache.set(key, instance, SITE_CHROME_SECONDS)
        instance._request = request
        setattr(request, attr_name, instance)
        return instance


class SocialLink(Orderable):
    """A link to one of the coalition's social media profiles, shown in the footer."""

    NETWORKS = [
        ("bluesky", "Bluesky"),
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("mastodon", "Mastodon"),
        ("tiktok", "TikTok"),
        ("x", "X (Twitter)"),
        ("youtube", "YouTube"),
        ("other", "Other"),
    ]
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(max_length=20, choices=NETWORKS)
    url = models.URLField(help_text="The full address of the profile page.")

    def __str__(self) -> str:
        return self.get_network_display()


class MenuItem(Orderable):
    """One link in the main navigation: a page on this site, or another address."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="menu_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A page on this site.",
    )
    url = models.URLField(blank=True, help_text="Or the address of another website.")
    label = models.CharField(
        max_length=40, blank=True, help_text="Menu text. Leave empty to use the page's title."
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError("Choose a page or enter a web address (one of the two).")

    def __str__(self) -> str:
        return self.label or (self.page.title if self.page else self.url)
