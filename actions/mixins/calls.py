from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from actions.call_forms import CallReportForm
from actions.services.calls import call_places, record_call
from actions.services.places import PlaceCounts

from .base import SharesTheAsk, see_other
from .proof_of_work import ProofOfWorkSubmissionMixin


class CallReportMixin(SharesTheAsk, ProofOfWorkSubmissionMixin):
    """Lets callers tell a call page how their call went ("How did it go?"), which counts the
    call to that official, and thanks them with the share kit.

    The page provides what actions.services.calls.CallPageContract names, and
    `call_target_ids()`: the officials whose calls it counts. It shows one form per official
    (`call_report_form(target_id)`); override `report_form_context` to show a form with errors
    where it was sent from. Put `call_report_panels` in the page's panels."""

    ask_outcome = models.BooleanField(
        _("ask callers how it went"),
        default=True,
        help_text=_(
            "After the script, callers can say whether they reached someone, left a "
            "voicemail, got no answer or a busy line, with an optional note. Calls are counted "
            "only from these answers; nobody is asked for a name, number or email."
        ),
    )

    call_report_panels = [
        FieldPanel("ask_outcome"),
        *ProofOfWorkSubmissionMixin.proof_of_work_panels,
    ]

    form_class = CallReportForm
    form_context_name = "call_report_form"
    rate_limit_bucket = "call"

    class Meta:
        abstract = True

    def accepts_submissions(self) -> bool:
        return self.ask_outcome

    def supporter_data_ends_at(self) -> datetime | None:
        """Callers' notes are kept while the page asks how calls went; once staff stop
        asking, from then (its last publication). actions.services.retention erases them."""
        return None if self.ask_outcome else self.last_published_at

    def call_target_ids(self) -> list[int]:
        """The ids of the officials whose calls this page counts."""
        raise NotImplementedError

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "targets": self.call_target_ids()}

    def get_form(self, data=None, files=None, target: int | None = None):
        """The form under official `target` (a posted form: the official it names)."""
        if target is None:
            target = self.get_form_class().posted_target(data)
        return self.get_form_class()(data, files, target=target, **self.get_form_kwargs())

    def call_report_form(self, target_id: int):
        return self.get_form(target=target_id)

    def report_form_context(self, request, form) -> dict:
        """What the page shows with a report that needs fixing."""
        return {self.form_context_name: form}

    def render_form(self, request, form, status: int = 400):
        response = self.render(request, context_overrides=self.report_form_context(request, form))
        response.status_code = status
        return response

    def place_counts(self) -> PlaceCounts | None:
        """Where the calls come from, by state (None before the page is saved)."""
        return call_places(self.counting_page_id) if self.pk else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            call_step="form",
            call_reports_open=self.accepts_submissions(),
            action_places=self.place_counts(),
        )
        return context

    def process_submission(self, request, form, screening):
        record_call(
            self,
            form.cleaned_data,
            screening=screening,
            language=self.submission_language(request),
        )
        return see_other(self.get_thank_you_url(request))

    def get_thank_you_url(self, request) -> str:
        return self.url + self.reverse_subpage("call_thanks") + "#call-thanks"

    @path("thank-you/")
    def call_thanks(self, request):
        return self.render_thank_you(request)

    def render_thank_you(self, request):
        """The step after telling us how the call went: share the page so others call too.
        Everyone who sends the form (first time, again, or a bot) sees this same page."""
        return self.render(
            request,
            context_overrides={"call_step": "thanks", "share_kit": self.share_kit(request)},
        )
