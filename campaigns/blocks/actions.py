"""Action blocks for toolkits: each asks the reader to do one concrete thing."""

from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from common.sharing import normalise_hashtags, share_links

from .in_locale import ChosenInPageLocaleMixin
from .previews import first_statement, first_target, latest_event

HASHTAG_HELP = _("Separate with spaces, e.g. '#StopICETransfers #FreeThemAll'.")


class SignActionBlock(blocks.StructBlock):
    """Ask readers to sign a petition: one on this site, or one hosted on another platform."""

    title = blocks.CharBlock(max_length=200, help_text=_("What the petition demands, in brief."))
    text = blocks.TextBlock(required=False, help_text=_("Why signing matters. Optional."))
    petition = blocks.PageChooserBlock(
        page_type="campaigns.PetitionPage",
        required=False,
        help_text=_("A petition on this site. Leave empty if it is hosted elsewhere."),
    )
    external_url = blocks.URLBlock(
        required=False,
        label=_("Petition on another site"),
        help_text=_("e.g. an Action Network link."),
    )
    platform = blocks.CharBlock(
        required=False, max_length=60, help_text=_("Where it is hosted, e.g. 'Action Network'.")
    )

    class Meta:
        icon = "edit"
        template = "blocks/actions/sign.html"
        description = _("Ask readers to sign a petition here or on another platform.")
        preview_value = {
            "title": "Demand that Governor Cuomo protect people in prisons and detention",
            "text": "",
            "external_url": "https://actionnetwork.org/",
            "platform": "Action Network",
        }


class DonateActionBlock(blocks.StructBlock):
    """Ask readers to give to a fund, such as a bail or freedom fund."""

    fund_name = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Etowah Freedom Fund'."))
    text = blocks.TextBlock(help_text=_("What the money does."))
    url = blocks.URLBlock(help_text=_("The fund's donation page."))
    button_label = blocks.CharBlock(max_length=40, default="Donate")

    class Meta:
        icon = "tag"
        template = "blocks/actions/donate.html"
        description = _("A donate button for a bail, bond or freedom fund.")
        preview_value = {
            "fund_name": "Etowah Freedom Fund",
            "text": "Support bail and bond, and commissary so people can buy phone calls.",
            "url": "https://example.org/donate",
            "button_label": "Donate",
        }


def dialable(number: str) -> str:
    """The digits (and a leading +) a phone dials for `number`, e.g. '5555550142'."""
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


class CallStructValue(blocks.StructValue):
    @property
    def phone_number(self) -> str:
        """The block's own number, or else the target's saved office number."""
        target = self.get("target")
        return self.get("phone") or (target.phone if target else "")

    @property
    def tel_url(self) -> str:
        digits = dialable(self.phone_number)
        return f"tel:{digits}" if digits else ""

    @property
    def hashtag_list(self) -> list[str]:
        return normalise_hashtags(self.get("hashtags") or "")


class CallActionBlock(ChosenInPageLocaleMixin, blocks.StructBlock):
    """Ask readers to phone an official, with a script to read and a tap-to-call link; or
    hand them over to a call page, which finds each reader's own official by ZIP code."""

    chosen_in_page_locale = ("target",)

    target = SnippetChooserBlock(
        "campaigns.Target",
        required=False,
        help_text=_(
            "Who to call. Add new officials under Campaign lists → Targets (officials). "
            "Leave empty when a call page below finds each reader's own official."
        ),
    )
    phone = blocks.CharBlock(
        required=False,
        max_length=40,
        help_text=_(
            "The number readers tap to call. Leave empty to use the official's saved "
            "number. Numbers 555-0100 to 555-0199 are fictional (the demo content uses them): "
            "replace them with the real office number."
        ),
    )
    script = blocks.TextBlock(
        required=False,
        default="",
        help_text=_(
            "What to say, in the caller's words. Not needed with a call page: it has its own."
        ),
    )
    hashtags = blocks.CharBlock(required=False, max_length=200, help_text=HASHTAG_HELP)
    call_page = blocks.PageChooserBlock(
        page_type="campaigns.CallActionPage",
        required=False,
        label=_("Call page"),
        help_text=_(
            "Optional: a call page on this site. Readers get a button to it, where their ZIP "
            "code finds their own official (their county's sheriff, not everyone's), and "
            "their calls are counted."
        ),
    )
    # A block saved before this field existed reads it as "" (None would stop its page from
    # being translated).
    call_page_label = blocks.CharBlock(
        required=False,
        default="",
        max_length=60,
        label=_("Call page button"),
        help_text=_("e.g. 'Find your sheriff and call'. Leave empty for 'Find who to call'."),
    )

    class Meta:
        icon = "mobile-alt"
        template = "blocks/actions/call.html"
        description = _(
            "A call-in: the official to phone, a tap-to-call button and a script to read, or a "
            "button to a call page that finds each reader's official."
        )
        value_class = CallStructValue

    def get_preview_value(self):
        return self.normalize(
            {
                "target": first_target(),
                # From the range reserved for fiction, like the demo's numbers.
                "phone": "(213) 555-0142",
                "script": "Hi, my name is ___ and I live in ___. I am calling to ask the "
                "Sheriff to end the county's contract with ICE. Thank you.",
                "hashtags": "#FreeThemAll",
            }
        )

    def clean(self, value):
        value = super().clean(value)
        if value.get("call_page"):
            # The call page has the officials, their numbers and the script.
            return value
        errors = {}
        # A call-in without a number leaves readers with nothing to tap.
        if not value.tel_url:
            target = value.get("target")
            if value.get("phone"):
                message = _("This is not a phone number: enter its digits, e.g. (213) 555-0142.")
            elif target:
                message = _(
                    "%(official)s has no phone number saved. Enter the number to call "
                    "here, or add it to the official under Campaign lists → Targets "
                    "(officials)."
                ) % {"official": target}
            else:
                message = _("Enter the number readers should call.")
            errors["phone"] = ValidationError(message)
        if not value.get("target"):
            errors["target"] = ValidationError(
                _("Choose who to call, or a call page that finds each reader's official.")
            )
        if not (value.get("script") or "").strip():
            errors["script"] = ValidationError(
                _("Write what callers say, or choose a call page that has its own script.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class ShareStructValue(blocks.StructValue):
    @property
    def links(self):
        return share_links(self.get("url") or "", self.get("text") or "", self.get("hashtags"))


class ShareActionBlock(blocks.StructBlock):
    """Ask readers to share a link, with the text and hashtags prepared for them."""

    text = blocks.TextBlock(max_length=260, help_text=_("The post readers will share."))
    hashtags = blocks.CharBlock(required=False, max_length=200, help_text=HASHTAG_HELP)
    url = blocks.URLBlock(help_text=_("The link to share, e.g. an op-ed."))

    class Meta:
        icon = "link-external"
        template = "blocks/actions/share.html"
        description = _("Prepared text and share buttons for each network, plus copy link.")
        value_class = ShareStructValue
        preview_value = {
            "text": "Share this op-ed calling for a halt to incarceration in Texas.",
            "hashtags": "#FreeThemAll",
            "url": "https://www.statesman.com/",
        }


class EmailStructValue(blocks.StructValue):
    @property
    def mailto(self) -> str:
        target = self.get("target")
        address = target.email if target else ""
        query = urlencode(
            {"subject": self.get("subject") or "", "body": self.get("message") or ""},
            quote_via=quote,
        )
        return f"mailto:{address}?{query}"


class EmailOfficialActionBlock(ChosenInPageLocaleMixin, blocks.StructBlock):
    """Ask readers to email an official, with a subject and message they can edit."""

    chosen_in_page_locale = ("target",)

    target = SnippetChooserBlock("campaigns.Target", help_text=_("Who to email."))
    subject = blocks.CharBlock(max_length=150)
    message = blocks.TextBlock(help_text=_("A message readers can edit before sending."))

    class Meta:
        icon = "mail"
        template = "blocks/actions/email.html"
        description = _("Opens the reader's email app with a prepared message to an official.")
        value_class = EmailStructValue

    def get_preview_value(self):
        return self.normalize(
            {
                "target": first_target(),
                "subject": "End detention transfers in our county",
                "message": "As your constituent, I ask you to stop transferring people from "
                "county jails to immigration detention.",
            }
        )


class AttendActionBlock(blocks.StructBlock):
    """Ask readers to come to an event on this site."""

    event = blocks.PageChooserBlock(page_type="campaigns.EventPage")
    text = blocks.TextBlock(required=False, help_text=_("Why to come. Optional."))

    class Meta:
        icon = "calendar-check"
        template = "blocks/actions/attend.html"
        description = _("Invite readers to an event on this site, with its date, place and RSVP.")

    def get_preview_value(self):
        return self.normalize(
            {"event": latest_event(), "text": "Bring a friend: the more of us, the louder."}
        )


class EndorseActionBlock(blocks.StructBlock):
    """Ask organisations to add their name to a sign-on statement."""

    statement = blocks.PageChooserBlock(page_type="campaigns.EndorsementPage")
    text = blocks.TextBlock(required=False, help_text=_("Who should sign on, and why."))

    class Meta:
        icon = "form"
        template = "blocks/actions/endorse.html"
        description = _("Invite organisations to add their name to a sign-on statement.")

    def get_preview_value(self):
        return self.normalize(
            {
                "statement": first_statement(),
                "text": "Community groups, unions and faith groups: add your organisation.",
            }
        )
