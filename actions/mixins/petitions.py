from datetime import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from actions.forms import SignatureForm
from actions.services.counts import Progress, progress_for, signature_count
from actions.services.places import PlaceCounts, counts_by_state
from actions.services.signatures import confirm_signature, sign_petition
from actions.tokens import CONFIRM_MAX_AGE, CONFIRM_SIGNATURE, read_token
from common.links import site_url

from .base import SharesTheAsk, see_other
from .proof_of_work import ProofOfWorkSubmissionMixin


class SignablePetitionMixin(SharesTheAsk, ProofOfWorkSubmissionMixin):
    """Lets readers sign a petition page, shows the count against the goal, and thanks signers
    with the share kit and the donate ask.

    The page provides what actions.contracts.PetitionPageContract names. Put
    `signing_panels` in the page's content panels."""

    require_confirmation = models.BooleanField(
        "ask signers to confirm by email",
        default=False,
        help_text="A signature counts only once the signer follows the link we email them "
        "(double opt-in). Slower to grow, but every name is a real, reachable person.",
    )

    signing_panels = [
        FieldPanel("require_confirmation"),
        *ProofOfWorkSubmissionMixin.proof_of_work_panels,
    ]

    form_class = SignatureForm
    form_context_name = "signature_form"
    rate_limit_bucket = "sign"

    class Meta:
        abstract = True

    def accepts_submissions(self) -> bool:
        return self.is_open and not self.is_external

    def get_form_kwargs(self) -> dict:
        return {
            **super().get_form_kwargs(),
            "postcode_inputmode": settings.ACTIONS_POSTCODE_INPUTMODE,
        }

    def signature_progress(self) -> Progress:
        # The count is the petition's, in every language (its counting page's signatures).
        return progress_for(signature_count(self.counting_page_id), self.goal, self.next_goal)

    def supporter_data_ends_at(self) -> datetime | None:
        """When signers' details stop being needed: the closing date, or for a petition
        closed by staff, its last publication (the edit that closed it, or later)."""
        if self.closes_at and self.closes_at <= timezone.now():
            return self.closes_at
        if self.is_closed:
            return self.last_published_at
        return None

    def place_counts(self) -> PlaceCounts | None:
        """Where the signatures come from, by state (None before the page is saved)."""
        return counts_by_state(self.counting_page_id) if self.pk else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Before the progress: the counts by state give the count too, in the same query.
        places = self.place_counts()
        context.update(
            petition_places=places,
            signature_form=self.get_form(),
            petition_progress=self.signature_progress(),
            petition_count_url=(
                reverse("actions:petition_count", args=[self.pk]) if self.pk else ""
            ),
            petition_step="form",
        )
        return context

    def process_submission(self, request, form, screening):
        sign_petition(
            self,
            form.cleaned_data,
            base_url=site_url(request),
            screening=screening,
            language=self.submission_language(request),
        )
        return see_other(self.get_thank_you_url(request))

    def get_thank_you_url(self, request) -> str:
        return self.url + self.reverse_subpage("thank_you") + "#thank-you"

    @path("thank-you/")
    def thank_you(self, request):
        return self.render_thank_you(request)

    def render_thank_you(self, request):
        """The step after signing: share the petition, or give. Everyone who posts the form
        (first time, again, or a bot) sees this same page."""
        return self.render(
            request,
            context_overrides={"petition_step": "thanks", "share_kit": self.share_kit(request)},
        )

    @path("confirm/<str:token>/")
    def confirm_signature(self, request, token: str):
        """The link in the double opt-in email. Opening it shows a button; only pressing it
        confirms, so email scanners that open links cannot confirm for someone."""
        key = read_token(token, CONFIRM_SIGNATURE, max_age=CONFIRM_MAX_AGE)
        if key is None:
            return self._confirm_step(request, "confirm_invalid", status=400)
        if request.method == "POST":
            if not self.accepts_submissions():
                return self.render_refusal(request)
            if confirm_signature(self, key) is None:
                return self._confirm_step(request, "confirm_invalid", status=400)
            return see_other(self.get_thank_you_url(request))
        return self._confirm_step(
            request,
            "confirm",
            route_action_url=self.route_action_url("confirm_signature", (token,)),
        )

    def _confirm_step(self, request, step: str, status: int = 200, **extra):
        response = self.render(request, context_overrides={"petition_step": step, **extra})
        response.status_code = status
        return response
