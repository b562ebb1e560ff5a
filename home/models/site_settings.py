import copy

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import translation
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

# What every page shows around its content (these settings, the footer's social links, the
# main menu) is the same on every page of one language: it is read once per language and kept
# in the cache, and forgotten, in every language, whenever the page cache purges the whole site
# (home/page_purge.py).
SITE_CHROME_SECONDS = 24 * 60 * 60
# The texts readers see in the chrome that editors write in each language: a Spanish page
# shows `<name>_es` where editors filled it in, else the English text.
TRANSLATED_TEXTS = ("tagline", "donate_label", "footer_text")


def site_chrome_key(name: str, site_id: int, language: str) -> str:
    return f"site-chrome:{name}:{site_id}:{language}"


def forget_site_chrome() -> None:
    site_ids = Site.objects.values_list("pk", flat=True)
    cache.delete_many(
        [
            site_chrome_key(name, pk, language)
            for pk in site_ids
            for name in ("settings", "menu")
            for language, _ in settings.LANGUAGES
        ]
    )


def chrome_language() -> str:
    """The language of the page being rendered (the address's, see common/language.py)."""
    return translation.get_language() or settings.LANGUAGE_CODE


def in_language(obj, name: str, language: str) -> str:
    """`obj`'s text `name` as readers of `language` see it: the text editors wrote for that
    language (`<name>_<language>`), or the English one when they left it empty."""
    if language != settings.LANGUAGE_CODE:
        return getattr(obj, f"{name}_{language}", "") or getattr(obj, name)
    return getattr(obj, name)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """What every page shows around its content: the organisation's name, the donate link and
    the footer. Edit under Settings → Site settings. The texts readers read have a Spanish
    version next to the English one, for the pages at /es/; left empty, Spanish pages show
    the English text."""

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
    tagline_es = models.CharField(
        "tagline in Spanish",
        max_length=200,
        blank=True,
        help_text="The tagline on Spanish pages, e.g. 'Alto a la detención. Alto a las "
        "deportaciones. Desinviertan.' Leave empty to show the English one.",
    )
    donate_label = models.CharField(max_length=40, default="Donate", help_text="Button text.")
    donate_label_es = models.CharField(
        "donate label in Spanish",
        max_length=40,
        default="Donar",
        help_text="Button text on Spanish pages.",
    )
    footer_text = models.TextField(
        blank=True,
        help_text="A sentence or two for the footer: who the coalition is, how to reach it.",
    )
    footer_text_es = models.TextField(
        "footer text in Spanish",
        blank=True,
        help_text="The footer's sentence or two on Spanish pages. Leave empty to show the "
        "English one.",
    )
    contact_email = models.EmailField(blank=True, help_text="Public contact address. Optional.")

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline"), FieldPanel("tagline_es")],
            heading="Identity",
        ),
        InlinePanel(
            "menu_items",
            heading="Main navigation",
            label="Menu link",
            help_text="The links across the top of every page, in order. Leave empty to list "
            "the home page's sub-pages that have 'Show in menus' ticked. Spanish pages link "
            "to the Spanish version of each page where there is one.",
        ),
        MultiFieldPanel(
            [FieldPanel("donate_url"), FieldPanel("donate_label"), FieldPanel("donate_label_es")],
            heading="Donate",
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                FieldPanel("footer_text_es"),
                FieldPanel("contact_email"),
                InlinePanel("social_links"),
            ],
            heading="Footer",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def for_request(cls, request):
        """The settings for the request's site as readers of the page's language see them
        (`as_read_in`), with the social links, through the cache: the page chrome costs no
        query. (The admin edits them through `for_site`, uncached.)"""
        language = chrome_language()
        attr_name = f"{cls.get_cache_attr_name()}_{language}"
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        key = site_chrome_key("settings", site.pk, language)
        instance = cache.get(key)
        if instance is None:
            instance = cls.for_site(site)
            prefetch_related_objects([instance], "social_links")
            instance = instance.as_read_in(language)
            cache.set(key, instance, SITE_CHROME_SECONDS)
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    def as_read_in(self, language: str) -> "SiteSettings":
        """These settings for showing on pages in `language`: each of TRANSLATED_TEXTS holds
        that language's text (the English one where editors left it empty). A copy for
        templates, which read `site_settings.tagline` whatever the language; never saved."""
        if language == settings.LANGUAGE_CODE:
            return self
        shown = copy.copy(self)
        for name in TRANSLATED_TEXTS:
            setattr(shown, name, in_language(self, name, language))
        shown._read_in = language
        return shown

    def save(self, *args, **kwargs):
        if getattr(self, "_read_in", None):
            raise ValueError("These settings show another language's texts: save for_site's.")
        super().save(*args, **kwargs)


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
    label_es = models.CharField(
        "label in Spanish",
        max_length=40,
        blank=True,
        help_text="Menu text on Spanish pages. Leave empty to use the Spanish page's title "
        "(or the English text while the page is not translated).",
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label"), FieldPanel("label_es")]

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError("Choose a page or enter a web address (one of the two).")

    def __str__(self) -> str:
        return self.label or (self.page.title if self.page else self.url)
