from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from actions.letter_forms import LETTER_CEILING, SUBJECT_LIMIT, letter_problem
from actions.mixins import LetterMixin, LetterWidgetMixin
from campaigns.blocks import BodyStreamBlock

from .base import ListingMixin, kept_in_sync, translated
from .officials import ReachOfficialsMixin


class LetterActionPage(LetterWidgetMixin, LetterMixin, ReachOfficialsMixin, ListingMixin, Page):
    """Email your official: a reader enters their ZIP code, is given the official who
    represents them among the ones you chose, and sends them your letter (in their own
    words if you allow it). Letters are emailed from the campaign's address, or handed in
    by volunteers to offices without email, and counted per official on the page."""

    ask = models.CharField(
        max_length=200,
        help_text=_("The headline ask, e.g. 'Tell Sheriff Bolanos: stop handing people to ICE'."),
    )
    body = StreamField(
        BodyStreamBlock(), blank=True, help_text=_("Background: why this letter matters now.")
    )
    subject = models.CharField(
        _("subject"),
        max_length=SUBJECT_LIMIT,
        help_text=_("The subject line of every letter, e.g. 'End ICE transfers from our jails'."),
    )
    letter = models.TextField(
        _("letter"),
        max_length=LETTER_CEILING,
        help_text=_(
            "The letter readers send, in plain text: no links or formatting, which officials' "
            "mail filters throw away. Start with the greeting ('Dear Sheriff Bolanos,'); the "
            "reader's name and ZIP code are added below it."
        ),
    )
    letter_editable = models.BooleanField(
        _("readers may edit the letter"),
        default=True,
        help_text=_(
            "Letters in people's own words count for more with offices. Untick to send your "
            "words exactly as written."
        ),
    )
    max_letter_length = models.PositiveIntegerField(
        _("longest letter (characters)"),
        default=3000,
        validators=[MinValueValidator(200), MaxValueValidator(LETTER_CEILING)],
        help_text=_("Readers who edit the letter may write up to this many characters."),
    )
    daily_cap = models.PositiveIntegerField(
        _("letters per office per day"),
        default=500,
        help_text=_(
            "How many letters from this action one office is emailed in a day. Letters "
            "beyond it wait for the next day with room, and their writers are told the date. "
            "0 for no limit. Letters delivered by hand have no limit."
        ),
    )
    thank_you_text = models.TextField(
        blank=True,
        max_length=600,
        help_text=_(
            "Shown after a reader sends their letter, e.g. 'The Sheriff reads the count on "
            "Friday: ask two friends to write before then.'"
        ),
    )
    share_text = models.CharField(
        max_length=260,
        blank=True,
        help_text=_(
            "Prepared text writers share, e.g. 'I just wrote to Sheriff Bolanos: no more ICE "
            "transfers. Write too!'"
        ),
    )
    share_hashtags = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. '#ICEoutofSMC'.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("ask"),
        *ReachOfficialsMixin.officials_panels,
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("subject"),
                FieldPanel("letter"),
                FieldPanel("letter_editable"),
                FieldPanel("max_letter_length"),
            ],
            heading=_("The letter"),
        ),
        MultiFieldPanel(
            [FieldPanel("daily_cap"), *LetterMixin.letter_panels],
            heading=_("Delivery and closing"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_text"),
                FieldPanel("share_text"),
                FieldPanel("share_hashtags"),
            ],
            heading=_("After writing"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("ask"),
        index.SearchField("body"),
    ]
    # One action in two languages: the same officials, limits and count; the Spanish page
    # has its own words, its own letter among them (its readers write in Spanish).
    override_translatable_fields = [
        *translated("ask", "body", "subject", "letter", "thank_you_text", "share_text"),
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync(
            *ReachOfficialsMixin.officials_synchronised_fields,
            "letter_editable",
            "max_letter_length",
            "daily_cap",
            "is_closed",
            "ask_for_proof_of_work",
        ),
        SynchronizedField("share_hashtags"),
    ]

    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = []

    page_description = _(
        "Email your official: readers find who represents them by ZIP code and send them "
        "your letter, counted per official."
    )

    class Meta:
        verbose_name = _("letter action")

    @property
    def listing_label(self) -> str:
        return gettext("Closed letter action") if self.is_closed else gettext("Write a letter")

    def clean(self):
        super().clean()
        # Readers must be able to send the letter as it stands.
        limit = self.max_letter_length or LETTER_CEILING
        errors = {}
        problem = letter_problem(self.letter or "", what=gettext("the letter"), limit=limit)
        if problem:
            errors["letter"] = problem
        problem = letter_problem(
            self.subject or "", what=gettext("the subject"), limit=SUBJECT_LIMIT
        )
        if problem:
            errors["subject"] = problem
        if errors:
            raise ValidationError(errors)


class LetterTarget(Orderable):
    """One official a letter action may reach; each reader is given the ones who serve
    their ZIP code."""

    page = ParentalKey(LetterActionPage, on_delete=models.CASCADE, related_name="target_links")
    target = models.ForeignKey(
        "campaigns.Target",
        on_delete=models.CASCADE,
        related_name="letter_links",
        verbose_name=_("official"),
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("official")
