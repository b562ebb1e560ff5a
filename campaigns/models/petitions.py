from collections import defaultdict
from itertools import chain

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from actions.mixins import PetitionWidgetMixin, SignablePetitionMixin
from campaigns.blocks import BodyStreamBlock, DemandListBlock
from campaigns.localized import in_locale

from .base import IntroMixin, ListingMixin, MenuLabelMixin, kept_in_sync, translated, zone_help

# What a listing of petitions prefetches so that each card's 'To:' line costs no query.
TARGETS_PREFETCH = "target_links__target"


class PetitionIndexPage(MenuLabelMixin, IntroMixin, Page):
    """All of a campaign's petitions: open ones first, then closed ones with their results."""

    default_menu_label = _("Petitions")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [
        *MenuLabelMixin.menu_translatable_fields,
        *IntroMixin.intro_translatable_fields,
    ]
    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = ["campaigns.PetitionPage"]

    page_description = _(
        "The page that lists a campaign's petitions: open ones first, then what closed "
        "ones achieved."
    )

    class Meta:
        verbose_name = _("petition index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        petitions = (
            PetitionPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
            .prefetch_related(TARGETS_PREFETCH)
        )
        context.update(
            open_petitions=PetitionPage.open_petitions(petitions),
            closed_petitions=PetitionPage.closed_petitions(petitions).prefetch_related(
                "milestones"
            ),
        )
        return context


class PetitionPage(PetitionWidgetMixin, SignablePetitionMixin, ListingMixin, Page):
    """A petition: the ask, who it is addressed to, why, the demands, and how close it is to
    its goal. If it is hosted on another platform, the page sends readers there."""

    ask = models.CharField(
        max_length=200,
        help_text=_(
            "The headline ask, e.g. 'Make California the first state to say NO to "
            "private immigration detention'."
        ),
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text=_("Background: why this matters."))
    demands = StreamField(
        [("demand_list", DemandListBlock())],
        blank=True,
        help_text=_("The demands signers put their name to."),
    )
    goal = models.PositiveIntegerField(
        default=1000, help_text=_("How many signatures you are aiming for.")
    )
    next_goal = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Shown once the goal is reached. Leave empty to raise the goal automatically."),
    )
    closes_at = models.DateTimeField(
        _("closing date"),
        null=True,
        blank=True,
        help_text=_("When signing closes. Leave empty to keep it open."),
    )
    is_closed = models.BooleanField(
        _("closed by staff"),
        default=False,
        help_text=_("Tick to stop signatures now, e.g. after delivery."),
    )
    external_url = models.URLField(
        _("petition on another site"),
        blank=True,
        max_length=500,
        help_text=_(
            "If the petition is hosted elsewhere (e.g. Action Network), its address. "
            "Readers are sent there to sign."
        ),
    )
    external_platform = models.CharField(
        max_length=60, blank=True, help_text=_("e.g. 'Action Network'.")
    )
    share_text = models.CharField(
        max_length=260,
        blank=True,
        help_text=_(
            "Prepared text signers share after signing, e.g. 'I just signed: Governor "
            "Brown, sign SB 1289!'"
        ),
    )
    share_hashtags = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. '#DignityNotDetention #SB1289'.")
    )
    donate_url = models.URLField(
        blank=True, help_text=_("Optional: after signing, ask signers to give here.")
    )
    donate_text = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Chip in $5 to keep the pressure on'.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("ask"),
        MultipleChooserPanel(
            "target_links",
            chooser_field_name="target",
            heading=_("Addressed to"),
            label=_("Official"),
            help_text=_(
                "Who the petition is addressed to, in the order the 'To:' line names "
                "them. Search for an official, or add a new one from the chooser: it is kept "
                "under Campaign lists → Targets (officials) for next time."
            ),
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        FieldPanel("demands"),
        MultiFieldPanel(
            [
                FieldPanel("goal"),
                FieldPanel("next_goal"),
                FieldPanel("closes_at", help_text=zone_help("When signing closes.")),
                FieldPanel("is_closed"),
                *SignablePetitionMixin.signing_panels,
            ],
            heading=_("Goal and closing"),
        ),
        InlinePanel("milestones", heading=_("Deliveries and milestones"), label=_("Milestone")),
        InlinePanel(
            "push_dates",
            heading=_("Push dates"),
            label=_("Push date"),
            help_text=_(
                "Days the campaign promotes this petition; they appear in the week of "
                "action's programme."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("share_text"),
                FieldPanel("share_hashtags"),
                FieldPanel("donate_url"),
                FieldPanel("donate_text"),
            ],
            heading=_("After signing"),
        ),
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("external_platform")],
            heading=_("Hosted on another site"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("ask"),
        index.SearchField("body"),
        index.SearchField("demands"),
        index.SearchField("target_names"),
    ]
    # One petition in two languages: one goal, one closing time, the same officials (shown in
    # the page's language, see `targets`), one count. Hashtags, the external petition and the
    # donate link may have Spanish versions.
    override_translatable_fields = [
        *translated("ask", "body", "demands", "share_text", "donate_text"),
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync(
            "goal",
            "next_goal",
            "closes_at",
            "is_closed",
            "require_confirmation",
            "ask_for_proof_of_work",
            "target_links",
            "milestones",
            "push_dates",
        ),
        SynchronizedField("share_hashtags"),
        SynchronizedField("external_url"),
        SynchronizedField("external_platform"),
        SynchronizedField("donate_url"),
    ]

    parent_page_types = ["campaigns.PetitionIndexPage"]
    subpage_types = []

    page_description = _(
        "A petition to named officials that people sign here (or on another site), with "
        "a goal and a live count."
    )

    class Meta:
        verbose_name = _("petition")

    @staticmethod
    def open_petitions(queryset):
        now = timezone.now()
        return (
            queryset.filter(is_closed=False)
            .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
            .order_by("closes_at", "-first_published_at")
        )

    @staticmethod
    def closed_petitions(queryset):
        now = timezone.now()
        return queryset.filter(Q(is_closed=True) | Q(closes_at__lte=now)).order_by(
            "-closes_at", "-first_published_at"
        )

    @property
    def is_open(self) -> bool:
        if self.is_closed:
            return False
        return self.closes_at is None or self.closes_at > timezone.now()

    @property
    def listing_label(self) -> str:
        return gettext("Petition") if self.is_open else gettext("Closed petition")

    @property
    def targets(self) -> list:
        """The officials addressed, in order, in the page's language where they are
        translated (see campaigns.localized). Listings prefetch `TARGETS_PREFETCH` and
        `with_targets_in_locale`; in a preview these are the form's unsaved rows."""
        if not hasattr(self, "_targets_in_locale"):
            targets = [link.target for link in self.target_links.all()]
            self._targets_in_locale = in_locale(targets, self.locale_id)
        return self._targets_in_locale

    @staticmethod
    def with_targets_in_locale(petitions: list["PetitionPage"]) -> None:
        """Give a list of petitions their `targets` in one query per language, not one per
        card. Only those with `TARGETS_PREFETCH`: a list that shows no officials (search
        results) prefetches none, and is not made to read them."""
        by_locale = defaultdict(list)
        for petition in petitions:
            if "target_links" in getattr(petition, "_prefetched_objects_cache", {}):
                by_locale[petition.locale_id].append(petition)
        for locale_id, group in by_locale.items():
            chosen = [[link.target for link in petition.target_links.all()] for petition in group]
            localized = iter(in_locale(chain.from_iterable(chosen), locale_id))
            for petition, targets in zip(group, chosen, strict=True):
                petition._targets_in_locale = [next(localized) for _ in targets]

    def target_names(self) -> str:
        """The officials' names, for the search index."""
        return " ".join(target.name for target in self.targets)

    @property
    def is_external(self) -> bool:
        return bool(self.external_url)


class PetitionTarget(Orderable):
    """One official a petition is addressed to, in the order the 'To:' line names them."""

    page = ParentalKey(PetitionPage, on_delete=models.CASCADE, related_name="target_links")
    target = models.ForeignKey(
        "campaigns.Target",
        on_delete=models.CASCADE,
        related_name="petition_links",
        verbose_name=_("official"),
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("official addressed")


class PetitionMilestone(Orderable):
    """A delivery or win, e.g. 'Delivered 200,000 signatures to DHS', or what a target
    answered. Once published, it can be emailed to the signers who asked for news (the
    "Update signers" screen, actions/updates_admin.py)."""

    class Kind(models.TextChoices):
        MILESTONE = "milestone", _("A milestone")
        DELIVERY = "delivery", _("We delivered the petition")
        RESPONSE = "response", _("A target responded")

    page = ParentalKey(PetitionPage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField()
    kind = models.CharField(
        _("what happened"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.MILESTONE,
        help_text=_("A delivery or a target's response can be emailed to signers as an update."),
    )
    text = models.CharField(
        max_length=200, help_text=_("e.g. 'Delivered 200,000 signatures to DHS'.")
    )
    message = models.TextField(
        _("longer message"),
        blank=True,
        max_length=4000,
        help_text=_(
            "Optional: what happened and what comes next, in a few paragraphs. It starts the "
            "email to signers (you can change it before sending); the page shows only the "
            "short text."
        ),
    )

    panels = [FieldPanel("date"), FieldPanel("kind"), FieldPanel("text"), FieldPanel("message")]

    class Meta(Orderable.Meta):
        ordering = ["date"]


class PetitionPushDate(Orderable):
    """A day the campaign pushes this petition (emails, posts, a week of action)."""

    page = ParentalKey(PetitionPage, on_delete=models.CASCADE, related_name="push_dates")
    date = models.DateField()
    note = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Email blast and social push'.")
    )

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        ordering = ["date"]
