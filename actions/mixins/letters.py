from dataclasses import replace
from datetime import date, datetime, timedelta
from email.utils import parseaddr

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from actions.letter_forms import LetterForm, Recipient
from actions.services.letters import letter_counts, letter_places, write_letter
from actions.services.places import PlaceCounts
from common.links import site_url
from common.timezones import zone_abbreviations

from .base import SharesTheAsk, see_other
from .proof_of_work import ProofOfWorkSubmissionMixin

# A delivery day further off than this in a thank-you address was not one we gave.
LONGEST_WAIT = timedelta(days=366)


class LetterMixin(SharesTheAsk, ProofOfWorkSubmissionMixin):
    """Lets readers write to their own official from a page that reaches officials by ZIP
    code (campaigns ReachOfficialsMixin): the look-up finds them, the letter form names who
    it goes to and how, and the thank-you step says when it goes out.

    The page provides what actions.contracts.LetterPageContract names. Put `letter_panels`
    in the page's content panels."""

    is_closed = models.BooleanField(
        _("closed by staff"),
        default=False,
        help_text=_("Tick to stop taking letters, e.g. once the vote has happened."),
    )

    letter_panels = [
        FieldPanel("is_closed"),
        *ProofOfWorkSubmissionMixin.proof_of_work_panels,
    ]

    form_class = LetterForm
    form_context_name = "letter_form"
    rate_limit_bucket = "letter"
    # A letter of 10,000 characters with accents is several times that once form-encoded.
    max_body_bytes = 96 * 1024

    class Meta:
        abstract = True

    def accepts_submissions(self) -> bool:
        return not self.is_closed

    def supporter_data_ends_at(self) -> datetime | None:
        """Writers' details are kept while letters may still be written; once staff close
        the action, from then (its last publication)."""
        return self.last_published_at if self.is_closed else None

    # The officials ----------------------------------------------------------------------

    def _linked_targets(self) -> dict:
        """{translation key: the official's record the action links to}: what letters are
        stored against, whichever language the reader wrote in."""
        linked = [link.target for link in self.target_links.all()]
        if self.fallback_target is not None:
            linked.append(self.fallback_target)
        return {target.translation_key: target for target in linked if target is not None}

    def letters_by_target(self) -> dict[int, int]:
        """{official's id: letters counted}, counted once per request."""
        if not hasattr(self, "_letter_counts"):
            self._letter_counts = letter_counts(self.counting_page_id) if self.pk else {}
        return self._letter_counts

    def place_counts(self) -> PlaceCounts | None:
        """Where the letters come from, by state (None before the page is saved)."""
        return letter_places(self.counting_page_id) if self.pk else None

    def recipients_for(self, lookup) -> list[Recipient]:
        """Who a reader with this look-up may write to: their officials, or else the fallback
        the editor chose (none when the look-up has not found a place yet)."""
        if not lookup.asked or lookup.error or lookup.county_choices:
            return []
        shown = lookup.targets if lookup.found else [lookup.fallback] if lookup.fallback else []
        linked, counts = self._linked_targets(), self.letters_by_target()
        recipients = []
        for target in shown:
            record = linked.get(target.translation_key, target)
            recipients.append(Recipient(target, record, counts.get(record.pk, 0)))
        return recipients

    def letter_tallies(self) -> list[Recipient]:
        """Every official of the action with letters, in the editor's order and the page's
        language, for "1,204 letters to Governor Brown"."""
        counts = self.letters_by_target()
        linked = [link.target for link in self.target_links.all()]
        pairs = list(zip(linked, self.official_targets, strict=True))
        if self.fallback_target is not None:
            pairs.append((self.fallback_target, self.fallback_in_locale))
        tallies, seen = [], set()
        for record, target in pairs:
            if counts.get(record.pk) and record.pk not in seen:
                seen.add(record.pk)
                tallies.append(Recipient(target, record, counts[record.pk]))
        return tallies

    def find_recipients(self, zip_code: str, county: str):
        """The form's check: the look-up for what was posted, and who it allows."""
        lookup = self.look_up_officials({"zip": zip_code, "county": county})
        return lookup, self.recipients_for(lookup)

    # The form ---------------------------------------------------------------------------

    def get_form_kwargs(self) -> dict:
        return {
            **super().get_form_kwargs(),
            "find_recipients": self.find_recipients,
            "editable": self.letter_editable,
            "max_length": self.max_letter_length,
            "subject": self.subject,
            "letter": self.letter,
        }

    def blank_form(self, lookup, recipients: list[Recipient]) -> LetterForm:
        initial = {
            "postcode": lookup.zip_code,
            "county": lookup.county,
            "subject": self.subject,
            "body": self.letter,
            "target": recipients[0].pk if len(recipients) == 1 else "",
        }
        return self.get_form_class()(initial=initial, **self.get_form_kwargs())

    def letter_context(self, lookup, form=None) -> dict:
        recipients = self.recipients_for(lookup)
        if form is None and recipients:
            form = self.blank_form(lookup, recipients)
        return {
            "lookup": lookup,
            "recipients": recipients,
            "letter_form": form,
            # Where the page says letters come from: the campaign's own address.
            "letters_from": parseaddr(settings.DEFAULT_FROM_EMAIL)[1],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.letter_context(context["lookup"]))
        context.update(
            letter_step="form",
            letter_tallies=self.letter_tallies(),
            action_places=self.place_counts(),
        )
        return context

    def render_form(self, request, form, status: int = 400):
        """The page again with what was typed and what to fix. The look-up is the one the
        post asked for, so the form still names the reader's officials; the look-up box
        above shows the ZIP code without repeating the form's message about it."""
        lookup = self.look_up_officials(
            {"zip": request.POST.get("postcode", ""), "county": request.POST.get("county", "")}
        )
        context = self.letter_context(lookup, form)
        context["letter_lookup"] = lookup
        context["lookup"] = replace(lookup, error="", county_choices=(), asked=False)
        response = self.render(request, context_overrides=context)
        response.status_code = status
        return response

    def process_submission(self, request, form, screening):
        recipient = form.cleaned_data["recipient"]
        result = write_letter(
            self,
            form.cleaned_data,
            target=recipient.record,
            base_url=site_url(request),
            screening=screening,
            language=self.submission_language(request),
        )
        query = f"?to={recipient.pk}"
        if result.goes_out_on:
            query += f"&on={result.goes_out_on.isoformat()}"
        return see_other(self.thank_you_path(request) + query + "#thank-you")

    def thank_you_path(self, request) -> str:
        """The thank-you step's address, before its query (the partner widget has its own)."""
        return self.url + self.reverse_subpage("thank_you")

    def get_thank_you_url(self, request) -> str:
        return self.thank_you_path(request) + "#thank-you"

    # The thank-you step -----------------------------------------------------------------

    def _sent_to(self, value: str):
        """The official a thank-you address names, in the page's language, if it is one of
        this action's."""
        linked = self._linked_targets()
        shown = {t.translation_key: t for t in self.official_targets}
        if self.fallback_target is not None:
            fallback = self.fallback_in_locale
            shown[fallback.translation_key] = fallback
        for key, record in linked.items():
            if str(record.pk) == value:
                return Recipient(shown.get(key, record), record)
        return None

    @staticmethod
    def _goes_out_on(value: str) -> date | None:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        today = timezone.localdate()
        return day if today < day <= today + LONGEST_WAIT else None

    @path("thank-you/")
    def thank_you(self, request):
        return self.render_thank_you(request)

    def render_thank_you(self, request):
        """The step after writing: who the letter went to and when, then share. Everyone
        who posts the form (first time, again, or a bot) sees this same step."""
        return self.render(
            request,
            context_overrides={
                "letter_step": "thanks",
                "sent_to": self._sent_to(request.GET.get("to", "")),
                "goes_out_on": self._goes_out_on(request.GET.get("on", "")),
                "zone": zone_abbreviations(),
                "share_kit": self.share_kit(request),
            },
        )
