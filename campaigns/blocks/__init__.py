"""The block library editors build pages from. Child names are an API: the same on every page
type, and renaming one needs a data migration."""

from .actions import (
    AttendActionBlock,
    CallActionBlock,
    DonateActionBlock,
    EmailOfficialActionBlock,
    EndorseActionBlock,
    ShareActionBlock,
    SignActionBlock,
)
from .campaign import (
    ActionCardBlock,
    DemandBlock,
    DemandListBlock,
    MilestoneBlock,
    MilestonesBlock,
    PartnerLogosBlock,
    StatisticBlock,
)
from .content import (
    CallToActionBlock,
    DocumentBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
)
from .streams import BodyStreamBlock, DemandStreamBlock, ToolkitStreamBlock

__all__ = [
    "ActionCardBlock",
    "AttendActionBlock",
    "BodyStreamBlock",
    "CallActionBlock",
    "CallToActionBlock",
    "DemandBlock",
    "DemandListBlock",
    "DemandStreamBlock",
    "DocumentBlock",
    "DonateActionBlock",
    "EmailOfficialActionBlock",
    "EmbedBlock",
    "EndorseActionBlock",
    "HeadingBlock",
    "ImageBlock",
    "MilestoneBlock",
    "MilestonesBlock",
    "ParagraphBlock",
    "PartnerLogosBlock",
    "QuoteBlock",
    "ShareActionBlock",
    "SignActionBlock",
    "StatisticBlock",
    "ToolkitStreamBlock",
]
