"""What editors see a block called in the page editor, in the admin's language.

Wagtail names a block after its child name ("call_to_action" → "Call to action"), in English
whatever the admin language. Giving each block `label=` in its constructor would put the label
into every StreamField's migration (a block's constructor arguments are what migrations record),
and rewrite them all: so the labels are set here instead, on the block objects, once the models
are loaded (CampaignsConfig.ready), for every block that was not given a label of its own."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# By child name: the same name means the same thing on every page type (see campaigns.blocks).
LABELS = {
    "action": _("Action"),
    "action_card": _("Action card"),
    "attend": _("Attend"),
    "attribution": _("Attribution"),
    "button_label": _("Button label"),
    "call": _("Call"),
    "call_to_action": _("Call to action"),
    "caption": _("Caption"),
    "credit": _("Credit"),
    "date": _("Date"),
    "day": _("Day"),
    "day_action": _("Day action"),
    "demand": _("Demand"),
    "demand_list": _("Demand list"),
    "demands": _("Demands"),
    "detail": _("Detail"),
    "document": _("Document"),
    "donate": _("Donate"),
    "email_official": _("Email official"),
    "embed": _("Embed"),
    "endorse": _("Endorse"),
    "event": _("Event"),
    "fund_name": _("Fund name"),
    "hashtags": _("Hashtags"),
    "heading": _("Heading"),
    "image": _("Image"),
    "label": _("Label"),
    "level": _("Level"),
    "link": _("Link"),
    "message": _("Message"),
    "milestones": _("Milestones"),
    "number": _("Number"),
    "organisations": _("Organisations"),
    "page": _("Page"),
    "paragraph": _("Paragraph"),
    "partner_logos": _("Partner logos"),
    "petition": _("Petition"),
    "phone": _("Phone"),
    "platform": _("Platform"),
    "quote": _("Quote"),
    "script": _("Script"),
    "share": _("Share"),
    "sign": _("Sign"),
    "source": _("Source"),
    "statement": _("Statement"),
    "statistic": _("Statistic"),
    "style": _("Style"),
    "subject": _("Subject"),
    "target": _("Target"),
    "text": _("Text"),
    "title": _("Title"),
    "url": _("Url"),
}


def label_blocks(block: blocks.Block) -> None:
    """Give `block`'s children, and theirs, their label from LABELS, unless they were given
    one. Children are shared by every block of a class, so once is enough for each."""
    children = getattr(block, "child_blocks", {})
    for name, child in children.items():
        if not child.meta.label and name in LABELS:
            child.meta.label = child.label = LABELS[name]
        label_blocks(child)
    if isinstance(block, blocks.ListBlock):
        label_blocks(block.child_block)
