"""Records of what readers do. Pages are referenced by string foreign keys, so this app never
imports the campaign page types."""

from .calls import CallReport
from .endorsements import Endorsement
from .exports import SupporterExport
from .letters import Letter
from .limits import FormLimitOverride, FormLimits
from .moderation import BlockedEmail, ModeratedRecord, Moderation
from .rsvps import RSVP
from .signatures import PaperSignatures, Signature
from .signups import UpdatesSignup
from .sources import Channel, SourcedRecord

__all__ = [
    "RSVP",
    "BlockedEmail",
    "CallReport",
    "Channel",
    "Endorsement",
    "FormLimitOverride",
    "FormLimits",
    "Letter",
    "ModeratedRecord",
    "Moderation",
    "PaperSignatures",
    "Signature",
    "SourcedRecord",
    "SupporterExport",
    "UpdatesSignup",
]
