"""The StreamFields editors fill. Child names are the same on every page type."""

from wagtail import blocks

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


class BodyStreamBlock(blocks.StreamBlock):
    """The page body: text, pictures, quotes, downloads and calls to action."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = EmbedBlock()
    call_to_action = CallToActionBlock()
    demand_list = DemandListBlock()
    action_card = ActionCardBlock()
    statistic = StatisticBlock()
    milestones = MilestonesBlock()
    partner_logos = PartnerLogosBlock()


class ToolkitStreamBlock(BodyStreamBlock):
    """A toolkit body: everything a page body has, plus the action blocks."""

    sign = SignActionBlock()
    donate = DonateActionBlock()
    call = CallActionBlock()
    share = ShareActionBlock()
    email_official = EmailOfficialActionBlock()
    attend = AttendActionBlock()
    endorse = EndorseActionBlock()


class DemandStreamBlock(blocks.StreamBlock):
    """The demands of a demand list page, in order."""

    demand = DemandBlock()
