from django.db import models
from wagtail.admin.panels import FieldPanel

from .base import SubmissionMixin


class ProofOfWorkSubmissionMixin(SubmissionMixin, models.Model):
    """A SubmissionMixin with the editor's switch for the page's optional quick check
    (actions/proof_of_work.py). Put `proof_of_work_panels` in the page's panels. (The model
    comes last in the bases, so that the page's routes stay in front of Page.serve.)"""

    ask_for_proof_of_work = models.BooleanField(
        "ask readers to solve a quick check",
        default=False,
        help_text="Switch on only while this page is flooded with fake entries from a bot. "
        "Readers then see a box “I'm not a robot” that ticks itself after a second or two; "
        "readers with JavaScript switched off cannot send the form. Switch it off again when "
        "the flood stops. Entries from one connection far beyond a person's pace are held "
        "for review anyway, without this.",
    )

    proof_of_work_panels = [FieldPanel("ask_for_proof_of_work")]

    class Meta:
        abstract = True

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "proof_of_work": self.ask_for_proof_of_work}
