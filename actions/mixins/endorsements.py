from wagtail.contrib.routable_page.models import path

from actions.forms import EndorsementForm
from actions.services.endorsements import submit_endorsement
from common.links import page_link, site_url

from .base import see_other
from .proof_of_work import ProofOfWorkSubmissionMixin


class EndorsableMixin(ProofOfWorkSubmissionMixin):
    """Lets organisations ask to join a sign-on statement's endorsers. Entries wait for staff
    review before they appear in the list. The page provides what
    actions.contracts.EndorsementPageContract names. Put `endorsing_panels` in the page's
    panels."""

    endorsing_panels = [*ProofOfWorkSubmissionMixin.proof_of_work_panels]

    form_class = EndorsementForm
    form_context_name = "endorsement_form"
    rate_limit_bucket = "endorse"
    # The optional logo is an upload of up to 2 MB.
    max_body_bytes = 3 * 1024 * 1024

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(endorsement_form=self.get_form(), endorsement_step="form")
        return context

    def screened_email(self, form) -> str:
        return form.cleaned_data.get("contact_email", "")

    def process_submission(self, request, form, screening):
        submit_endorsement(
            self,
            form.cleaned_data,
            logo=form.cleaned_data.get("logo"),
            base_url=site_url(request),
            screening=screening,
            language=self.submission_language(request),
        )
        return see_other(self.get_thank_you_url(request))

    def get_thank_you_url(self, request) -> str:
        return self.url + self.reverse_subpage("endorsement_received") + "#endorse-done"

    @path("thank-you/")
    def endorsement_received(self, request):
        return self.render_thank_you(request)

    def render_thank_you(self, request):
        """The step after asking to join: when the entry will appear, the list to look at
        meanwhile, and the address to link to from the organisation's own site."""
        return self.render(
            request,
            context_overrides={
                "endorsement_step": "thanks",
                "endorsers_list_url": page_link(self, site_url(request)) + "#endorsers-heading",
            },
        )
