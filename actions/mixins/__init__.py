"""Page mixins that let campaign pages take action: a petition page inherits
SignablePetitionMixin, an event page RSVPMixin, a sign-on statement EndorsableMixin, a letter
action LetterMixin, a call page CallReportMixin. PetitionWidgetMixin, RSVPWidgetMixin
and LetterWidgetMixin (before those in the bases) add the partner widget.

Like wagtail.contrib.forms, each is built from small methods to override one at a time:
`get_form`, `process_submission`, `render_thank_you`."""

from .calls import CallReportMixin
from .endorsements import EndorsableMixin
from .events import RSVPMixin
from .letters import LetterMixin
from .petitions import SignablePetitionMixin
from .widget import LetterWidgetMixin, PetitionWidgetMixin, RSVPWidgetMixin

__all__ = [
    "CallReportMixin",
    "EndorsableMixin",
    "LetterMixin",
    "LetterWidgetMixin",
    "PetitionWidgetMixin",
    "RSVPMixin",
    "RSVPWidgetMixin",
    "SignablePetitionMixin",
]
