import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns import listings
from campaigns.blocks import ActionCardBlock, BodyStreamBlock

from .base import ListingMixin, MenuLabelMixin, kept_in_sync, translated
from .petitions import PetitionPushDate


class DayActionBlock(blocks.StructBlock):
    """An action placed on one day of the week of action."""

    day = blocks.DateBlock(help_text=_("Which day of the week of action."))
    action = ActionCardBlock()

    class Meta:
        icon = "date"
        template = "blocks/day_action.html"
        description = _("An action for readers on a given day of the week.")
        preview_value = {
            "day": "2016-09-27",
            "action": {
                "title": "Call Governor Brown: sign SB 1289",
                "text": "Ask the Governor to make California say no to private detention.",
                "button_label": "Call now",
                "link": {"page": None, "external_url": "https://example.org"},
            },
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["day_action"] = DayAction.from_block(value["action"])
        return context


def _same_words(first: str, second: str) -> bool:
    """Whether two texts say the same thing, ignoring case, spacing and punctuation."""

    def words(text: str) -> list[str]:
        return "".join(char if char.isalnum() else " " for char in text.casefold()).split()

    return words(first) == words(second)


@dataclass(frozen=True)
class DayAction:
    """An action placed on a day, as readers see it: text that adds something to the title
    (never the title again), and a link: the action's own, or when editors gave none, the
    page about it (`page`), so the card never leads nowhere."""

    title: str
    text: str
    button_label: str
    url: str
    is_external: bool = False
    image: object = None

    @classmethod
    def from_block(cls, action, page: Page | None = None) -> "DayAction":
        link = action["link"]
        text = action["text"] or ""
        if _same_words(text, action["title"]):
            text = page.summary if page else ""
        if link.url:
            url, is_external = link.url, link.is_external
        else:
            url, is_external = (page.url or "") if page else "", False
        if _same_words(text, action["title"]):
            text = ""
        return cls(
            title=action["title"],
            text=text,
            button_label=action["button_label"] or gettext("Take action"),
            url=url,
            is_external=is_external,
            image=action["image"],
        )


@dataclass
class ProgrammeDay:
    date: dt.date
    events: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    petitions: list = field(default_factory=list)
    actions: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.events or self.updates or self.petitions or self.actions)


class WeekOfActionPage(MenuLabelMixin, ListingMixin, Page):
    """A week (or any date range) of coordinated action. The day-by-day programme is built
    automatically from the campaign's events, updates and petition push dates in the range,
    plus the actions you place on a given day."""

    default_menu_label = _("Week of action")

    start_date = models.DateField(help_text=_("The first day of the week of action."))
    end_date = models.DateField(help_text=_("The last day."))
    intro = models.TextField(help_text=_("What the week is for and how to join in."))
    body = StreamField(BodyStreamBlock(), blank=True)
    day_actions = StreamField(
        [("day_action", DayActionBlock())],
        blank=True,
        help_text=_(
            "Actions you place on a given day, next to the events and posts that fall "
            "on it automatically."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])], heading=_("Dates")
        ),
        FieldPanel("intro"),
        *ListingMixin.listing_panels,
        FieldPanel("day_actions"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    # The days are the same week in every language; the day of each placed action is copied
    # with the StreamField's structure, its words are translated.
    override_translatable_fields = [
        *translated("intro", "body", "day_actions"),
        *MenuLabelMixin.menu_translatable_fields,
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync("start_date", "end_date"),
    ]

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    page_description = _(
        "A week (or any dates) of action: a day-by-day programme of events, posts and actions."
    )

    class Meta:
        verbose_name = _("week of action")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day is before the first day.")})

    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=offset) for offset in range(count)]

    def programme(self) -> list[ProgrammeDay]:
        """One entry per day, with everything live in the campaign that falls on it."""
        scope = self.get_parent()
        programme = {day: ProgrammeDay(day) for day in self.days()}
        first, last = self.start_date, self.end_date

        events = listings.live_events(scope).filter(start_date__lte=last).order_by("starts_at")
        for event in events:
            event_end = event.end_date or event.start_date
            # A repeating event is on the days of its dates (each starts on one).
            dates = {start.date() for start, _end in event.occurrences()} if event.repeats else ()
            for day in programme:
                if day in dates or (not dates and event.start_date <= day <= event_end):
                    programme[day].events.append(event)
        updates = (
            listings.live_updates(scope).filter(date__range=(first, last)).order_by("date", "pk")
        )
        for update in updates:
            programme[update.date].updates.append(update)
        pushes = (
            PetitionPushDate.objects.filter(
                date__range=(first, last),
                page__live=True,
                page__path__startswith=scope.path,
            )
            .select_related("page")
            .order_by("date", "sort_order")
        )
        for push in pushes:
            programme[push.date].petitions.append(push)
        # For an action without a link of its own: the campaign's page about it (an update
        # with the action's title), else the first page published on its day.
        placed = [block.value for block in self.day_actions if block.value["day"] in programme]
        unlinked = [value["action"]["title"] for value in placed if not value["action"]["link"].url]
        own_pages = {}
        if unlinked:
            for update in listings.live_updates(scope).filter(title__in=unlinked):
                own_pages.setdefault(update.title, update)
        for value in placed:
            day = programme[value["day"]]
            day_pages = [*day.updates, *day.events]
            page = own_pages.get(value["action"]["title"]) or next(iter(day_pages), None)
            day.actions.append(DayAction.from_block(value["action"], page))
        return list(programme.values())
