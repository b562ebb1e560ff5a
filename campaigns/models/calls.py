"""The call action: readers enter their ZIP code, get their own official's number as a
tap-to-call link with the script to read, and afterwards say how the call went."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from actions.mixins import CallReportMixin
from actions.services.calls import call_counts
from campaigns.blocks import BodyStreamBlock
from campaigns.officials import Lookup

from .base import IntroMixin, ListingMixin, kept_in_sync, translated
from .officials import ReachOfficialsMixin

# Where the official's name goes in a script. One placeholder, in English in every language:
# a translator translates the script around it.
OFFICIAL = "{official}"
PLACEHOLDER_PATTERN = re.compile(r"\{[^{}]*\}")


@dataclass
class CallTally:
    """The calls counted to one official (shown in the page's language)."""

    target: object
    calls: int

    @property
    def calls_display(self) -> str:
        return f"{self.calls:,}"


@dataclass
class CallCard(CallTally):
    """One official a reader can call, as the page shows them: in the page's language, with
    the script naming them, the calls counted so far and the "How did it go?" form."""

    counted_id: int = 0
    script: str = ""
    form: object | None = None

    @property
    def phone_link(self) -> str:
        return self.target.phone_link

    @property
    def card_id(self) -> str:
        return f"call-{self.counted_id}"

    @property
    def errors_id(self) -> str:
        return f"call-{self.counted_id}-errors"

    @property
    def calls_display(self) -> str:
        return f"{self.calls:,}"


class CallActionPage(CallReportMixin, ReachOfficialsMixin, IntroMixin, ListingMixin, Page):
    """A call-in: readers enter their ZIP code and get their own official (their county's
    sheriff, their state's governor) with a tap-to-call button and the script to read, then
    say how the call went. Each official's calls are counted on the page."""

    ask = models.CharField(
        max_length=200,
        help_text=_("The headline ask, e.g. 'Call your sheriff: end transfers to ICE'."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text=_("Background, below the call: why this matters, what happened so far."),
    )
    script = models.TextField(
        max_length=2000,
        help_text=_(
            "What callers say, in their words. Write {official} where the official's name "
            "goes; each caller sees the name of the official they call, e.g. 'Hello, my name "
            "is ___ and I live in ___. I am calling to ask {official} to end the county's "
            "contract with ICE. Thank you.' Translators translate the whole script and keep "
            "{official} as it is."
        ),
    )
    call_hours = models.CharField(
        _("when to call"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional, shown by the call button, e.g. 'Offices answer on weekdays, 8 am to "
            "5 pm Pacific time. Out of hours, leave a voicemail: it counts too.'"
        ),
    )
    share_text = models.CharField(
        max_length=260,
        blank=True,
        help_text=_(
            "Prepared text callers share afterwards, e.g. 'I just called my sheriff to end "
            "ICE transfers. It takes two minutes:'"
        ),
    )
    share_hashtags = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. '#ICEoutOfCA #FreeThemAll'.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("ask"),
        FieldPanel("intro", help_text=_("A sentence or two under the ask: why call, and now.")),
        *ReachOfficialsMixin.officials_panels,
        MultiFieldPanel(
            [FieldPanel("script"), FieldPanel("call_hours")], heading=_("What callers say")
        ),
        *ListingMixin.listing_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                *CallReportMixin.call_report_panels,
                FieldPanel("share_text"),
                FieldPanel("share_hashtags"),
            ],
            heading=_("After the call"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        *ListingMixin.listing_search_fields,
        index.SearchField("ask"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    # One call action in two languages: the same officials, one count. The script is
    # translated whole, so a Spanish sentence is built around the official's name.
    override_translatable_fields = [
        *translated("ask", "body", "script", "call_hours", "share_text"),
        *IntroMixin.intro_translatable_fields,
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync(
            *ReachOfficialsMixin.officials_synchronised_fields,
            "ask_outcome",
            "ask_for_proof_of_work",
        ),
        SynchronizedField("share_hashtags"),
    ]

    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = []

    page_description = _(
        "A call-in: readers enter their ZIP code and get their own official's number, a "
        "tap-to-call button and the script; calls are counted per official."
    )

    class Meta:
        verbose_name = _("call action")

    @property
    def listing_label(self) -> str:
        return gettext("Call-in")

    def clean(self):
        super().clean()
        unknown = sorted({p for p in PLACEHOLDER_PATTERN.findall(self.script) if p != OFFICIAL})
        if unknown:
            raise ValidationError(
                {
                    "script": _(
                        "Only {official} is filled in for callers; they would read "
                        "%(unknown)s as it is. Write {official} where the official's name goes."
                    )
                    % {"unknown": ", ".join(unknown)}
                }
            )

    def script_for(self, target) -> str:
        """The script with `target`'s name (in the page's language) where {official} is."""
        return self.script.replace(OFFICIAL, str(target))

    # The officials, as linked and as shown ---------------------------------------------

    @property
    def _linked_targets(self) -> dict:
        """{translation key: official as the page links them}: a Spanish page shows the
        Spanish record of an official, and its calls count on the one both pages link."""
        if not hasattr(self, "_linked_by_key"):
            linked = [link.target for link in self.target_links.all()]
            if self.fallback_target is not None:
                linked.append(self.fallback_target)
            self._linked_by_key = {target.translation_key: target for target in linked}
        return self._linked_by_key

    def counted_id(self, target) -> int:
        """The id the calls to `target` (as shown) are counted under."""
        return self._linked_targets.get(target.translation_key, target).pk

    def call_target_ids(self) -> list[int]:
        """The officials readers can call from this page: those with a phone number."""
        return [target.pk for target in self._linked_targets.values() if target.phone_link]

    def call_counts(self) -> dict[int, int]:
        """{official's id: calls counted}, in every language (the counting page's reports)."""
        if not self.pk:  # a preview before the first save
            return {}
        return call_counts(self.counting_page_id)

    def calls_so_far(self) -> list[CallTally]:
        """The calls to each official with calls, in the editor's order."""
        counts = self.call_counts()
        shown = [*self.official_targets]
        if self.fallback_target is not None:
            shown.append(self.fallback_in_locale)
        seen, rows = set(), []
        for target in shown:
            counted = self.counted_id(target)
            if counts.get(counted) and counted not in seen:
                seen.add(counted)
                rows.append(CallTally(target, counts[counted]))
        return rows

    def call_cards(self, lookup: Lookup, bound_form=None) -> list[CallCard]:
        """The officials found for the reader (or the fallback), ready to call. A report that
        needs fixing is shown under the official it was sent for."""
        shown = lookup.targets or ([lookup.fallback] if lookup.fallback else [])
        counts = self.call_counts()
        cards = []
        for target in shown:
            counted = self.counted_id(target)
            form = None
            if self.accepts_submissions() and self.pk and target.phone_link:
                if bound_form is not None and bound_form.initial.get("target") == counted:
                    form = bound_form
                else:
                    form = self.call_report_form(counted)
                    form.initial.update(lookup_initial(lookup))
            cards.append(
                CallCard(
                    target=target,
                    counted_id=counted,
                    script=self.script_for(target),
                    calls=counts.get(counted, 0),
                    form=form,
                )
            )
        return cards

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lookup = context["lookup"]
        cards = self.call_cards(lookup)
        if not cards and getattr(request, "is_preview", False):
            # Editors preview what callers see once they have entered their ZIP code.
            cards = self.call_cards(Lookup(targets=self.official_targets[:1], asked=True))
            context["preview_card"] = True
        context.update(calls=cards, calls_so_far=self.calls_so_far())
        return context

    def report_form_context(self, request, form) -> dict:
        """The officials the reader looked up again, with the report that needs fixing under
        the one it was sent for; above them when it names none of them."""
        lookup = self.look_up_officials(form.lookup_query())
        cards = self.call_cards(lookup, bound_form=form)
        context = {"lookup": lookup, "calls": cards}
        if not any(card.form is form for card in cards):
            context["call_report_error"] = form
        return context


def lookup_initial(lookup: Lookup) -> dict:
    """The hidden fields of a report form: what the reader looked up."""
    return {
        "zip": lookup.zip_code,
        "county": lookup.county,
        "state": "" if lookup.place else lookup.state,
    }


class CallTarget(Orderable):
    """One official a call page may send readers to; each reader gets those who serve the
    ZIP code they enter."""

    page = ParentalKey(CallActionPage, on_delete=models.CASCADE, related_name="target_links")
    target = models.ForeignKey(
        "campaigns.Target",
        on_delete=models.CASCADE,
        related_name="call_links",
        verbose_name=_("official"),
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("official to call")
