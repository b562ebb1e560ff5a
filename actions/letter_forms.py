"""The letter a reader sends to their official, and what a letter may hold.

A letter is plain text, always: links and HTML are refused with a message that says what to
take out (officials' mail filters bin them, and nothing a stranger typed may reach an
office as markup). The official must be one the reader's ZIP code gives (the page's
look-up runs again on the post), so a hand-made post cannot write to anyone else."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .forms import (
    EMAIL_MESSAGES,
    EMAIL_WIDGET,
    POSTCODE_WIDGET,
    TEXT,
    SupporterEmailField,
    SupporterForm,
    required,
)
from .models import Letter
from .validation import DOMAIN_PATTERN, tidy_multiline, tidy_text

# The longest letter an editor may allow; the model's column holds this much.
LETTER_CEILING = 10_000
SUBJECT_LIMIT = 200
LINK = re.compile(r"(?:\b(?:https?|ftp|mailto):|\bwww\.|\[url)\S*", re.IGNORECASE)
# A tag as a mail program would read it: "<b>", "</p>", "<a href=…>", "<!-- -->".
TAG = re.compile(r"<\s*/?\s*[a-z!][^<>]*>", re.IGNORECASE)
# A reader may sign with their email address; its domain is not a link.
EMAIL_ADDRESS = re.compile(r"\S+@\S+")


@dataclass(frozen=True)
class Recipient:
    """An official the reader may write to: `target` as the page shows it (in its language),
    `record` the one the letter is stored against (the action's own, in the default
    language), and how many letters it has from this action."""

    target: Any
    record: Any
    count: int = 0

    @property
    def pk(self) -> int:
        return self.record.pk

    @property
    def by_email(self) -> bool:
        return bool(self.record.email)

    @property
    def count_display(self) -> str:
        return f"{self.count:,}"


def _shown(found: str) -> str:
    return found if len(found) <= 40 else found[:39] + "…"


def letter_problem(text: str, *, what: str, limit: int) -> str:
    """Why `text` cannot go out as a letter (its `what`: "your letter", "the subject"),
    in words for the person who wrote it; "" when it can."""
    params = {"What": what[:1].upper() + what[1:]}
    tag = TAG.search(text)
    if tag:
        return _(
            "%(What)s contains %(tag)s: please take it out. Letters are sent as plain text, "
            "without HTML or other markup."
        ) % {**params, "tag": _shown(tag.group())}
    link = LINK.search(text) or DOMAIN_PATTERN.search(EMAIL_ADDRESS.sub(" ", text))
    if link:
        return _(
            "%(What)s contains the web address %(link)s: please take it out. Letters to "
            "officials cannot contain links (their mail filters often delete letters that "
            "do). You can name a website in words instead."
        ) % {**params, "link": _shown(link.group())}
    if len(text) > limit:
        return _(
            "%(What)s is %(length)s characters long. Please shorten it to %(limit)s "
            "characters or fewer (%(extra)s to cut)."
        ) % {
            **params,
            "length": f"{len(text):,}",
            "limit": f"{limit:,}",
            "extra": f"{len(text) - limit:,}",
        }
    return ""


# What `find_recipients` answers for a ZIP code and county: the look-up
# (campaigns.officials.Lookup) and the officials the reader may write to.
FindRecipients = Callable[[str, str], tuple[Any, list[Recipient]]]


class LetterForm(SupporterForm):
    """Write to your official. The subject and letter start as the editor wrote them; the
    reader may change them (when the page allows it) within the page's length limit."""

    required_fields = ("email", "postcode")

    subject = forms.CharField(
        label=gettext_lazy("Subject"),
        required=False,
        max_length=SUBJECT_LIMIT,
        widget=forms.TextInput(attrs={"spellcheck": "true"}),
    )
    body = forms.CharField(
        label=gettext_lazy("Your letter"),
        required=False,
        strip=False,
        # No maxlength attribute: a browser would cut a pasted letter short without a word.
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "true"}),
    )
    # Which official (the stored record's id) and, for a ZIP code that crosses county lines,
    # which county: both from the look-up, checked against it again.
    target = forms.CharField(required=False, widget=forms.HiddenInput)
    county = forms.CharField(required=False, max_length=100, widget=forms.HiddenInput)

    class Meta:
        model = Letter
        fields = ["first_name", "last_name", "email", "postcode", "subject", "body", "opt_in"]
        labels = {
            "first_name": gettext_lazy("First name"),
            "last_name": gettext_lazy("Last name"),
            "email": gettext_lazy("Email address"),
            "postcode": gettext_lazy("ZIP code"),
            "opt_in": gettext_lazy("Yes, email me about this campaign and how I can help"),
        }
        help_texts = {
            "email": gettext_lazy(
                "Your letter is sent with this address to reply to, so the office can answer "
                "you. We send you a copy too. Who wrote is never published."
            ),
            "postcode": gettext_lazy("Your name and ZIP code sign the letter."),
            "opt_in": gettext_lazy("You can unsubscribe at any time."),
        }
        widgets = {
            "first_name": TEXT(attrs={"autocomplete": "given-name"}),
            "last_name": TEXT(attrs={"autocomplete": "family-name"}),
            "email": EMAIL_WIDGET,
            "postcode": POSTCODE_WIDGET,
        }
        error_messages = {
            "first_name": required(gettext_lazy("Enter your first name.")),
            "last_name": required(gettext_lazy("Enter your last name.")),
            "email": EMAIL_MESSAGES,
            "postcode": required(gettext_lazy("Enter your ZIP code.")),
        }
        field_classes = {"email": SupporterEmailField}

    def __init__(
        self,
        *args,
        find_recipients: FindRecipients,
        editable: bool = True,
        max_length: int = 3000,
        subject: str = "",
        letter: str = "",
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.find_recipients = find_recipients
        self.editable = editable
        self.max_length = max_length
        self.fixed_subject, self.fixed_letter = subject, letter
        self.fields["postcode"].widget.attrs["maxlength"] = "10"
        if editable:
            self.fields["body"].help_text = _(
                "Change it as you like: in your own words it counts for more. Plain text, up "
                "to %(limit)s characters, without links."
            ) % {"limit": f"{max_length:,}"}
        else:
            # The page sends the editor's words as they are; nothing typed is read.
            del self.fields["subject"], self.fields["body"]
        self.lookup = None
        self.recipients: list[Recipient] = []

    def clean_first_name(self) -> str:
        return self.clean_person_name("first_name")

    def clean_last_name(self) -> str:
        return self.clean_person_name("last_name")

    def clean_postcode(self) -> str:
        """The ZIP code, checked by looking up the reader's officials again."""
        value = tidy_text(self.cleaned_data.get("postcode", ""))
        county = tidy_text(str(self.data.get("county", "")))[:100]
        self.lookup, self.recipients = self.find_recipients(value, county)
        if self.lookup.error:
            raise forms.ValidationError(self._zip_message(), code="zip")
        if self.lookup.county_choices:
            raise forms.ValidationError(
                _("ZIP code %(zip)s crosses county lines: choose your county below.")
                % {"zip": self.lookup.zip_code},
                code="county",
            )
        return self.lookup.zip_code or value

    def _zip_message(self) -> str:
        typed = self.lookup.zip_code
        if len(typed) == 5 and typed.isdigit():
            return _(
                "We could not find the ZIP code %(zip)s. Please check it: it tells us who "
                "represents you."
            ) % {"zip": typed}
        return _("Enter your 5-digit ZIP code, like 94401.")

    def clean_subject(self) -> str:
        value = tidy_text(self.cleaned_data.get("subject", ""))
        if not value:
            raise forms.ValidationError(_("Give your letter a subject."), code="required")
        problem = letter_problem(value, what=_("the subject"), limit=SUBJECT_LIMIT)
        if problem:
            raise forms.ValidationError(problem, code="letter")
        return value

    def clean_body(self) -> str:
        value = tidy_multiline(self.cleaned_data.get("body", ""))
        if not value:
            raise forms.ValidationError(
                _("Write your letter: it is empty. You can start again from ours."),
                code="required",
            )
        problem = letter_problem(value, what=_("your letter"), limit=self.max_length)
        if problem:
            raise forms.ValidationError(problem, code="letter")
        return value

    def clean(self):
        cleaned_data = super().clean()
        if not self.editable:
            cleaned_data["subject"], cleaned_data["body"] = self.fixed_subject, self.fixed_letter
        if self.lookup is None or self.lookup.error or self.lookup.county_choices:
            return cleaned_data  # the ZIP code's own message says what to do
        chosen = str(self.data.get("target", ""))
        recipient = next((r for r in self.recipients if str(r.pk) == chosen), None)
        if recipient is None and len(self.recipients) == 1 and not chosen:
            recipient = self.recipients[0]
        if recipient is None:
            self.add_error("postcode", self._no_recipient_message())
        cleaned_data["recipient"] = recipient
        return cleaned_data

    def _no_recipient_message(self) -> str:
        if not self.recipients:
            return _(
                "None of the officials this letter is for represents ZIP code %(zip)s, so "
                "there is nobody to send it to."
            ) % {"zip": self.lookup.zip_code}
        return _("Choose who to write to: the officials for ZIP code %(zip)s are listed below.") % {
            "zip": self.lookup.zip_code
        }
