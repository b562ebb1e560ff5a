"""The forms strangers post: sign a petition, RSVP to an event, join the endorsers.

Every form has a honeypot field, limits on every field, and errors in plain words that say
what to fix. Invalid forms are shown again with what the person typed."""

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from common.geography import NATIONAL, SCOPE_CHOICES

from .email_typos import rules_for_browser, suggest_email
from .models import RSVP, Endorsement, Signature, UpdatesSignup
from .models.rsvps import MAX_GUESTS
from .proof_of_work import ProofOfWorkField
from .validation import (
    tidy_multiline,
    tidy_text,
    validate_email_characters,
    validate_name,
    validate_phone,
    validate_postcode,
)

MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
# Translators: {address} stands for an email address; keep it as it is.
EMAIL_HINT_TEXTS = {
    "data-text-question": _("Did you mean {address}?"),
    "data-text-use": _("Yes, use {address}"),
    "data-text-keep": _("No, keep {address}"),
}
LOGO_MESSAGE = _("Upload your logo as a PNG, JPEG, GIF or WebP image under 2 MB.")
# The name ALTCHA's widget gives its answer.
PROOF_OF_WORK_FIELD = "altcha"


class SupporterEmailField(forms.EmailField):
    """An email address a person can receive mail at, refused in plain words when it holds
    hidden characters or a quoted name part (see validate_email_characters). Its input
    carries the typo rules for the browser's "did you mean" hint."""

    def validate(self, value):
        super().validate(value)
        if value:
            # Before the format check, so the reader gets the one message that says what to fix.
            validate_email_characters(value)

    def widget_attrs(self, widget):
        # The hint's words travel with the page (cached, in its language): no script catalogue.
        return {
            **super().widget_attrs(widget),
            "data-email-typos": rules_for_browser(),
            **EMAIL_HINT_TEXTS,
        }


class SupporterForm(forms.ModelForm):
    """Shared behaviour of the public action forms. Subclasses list `required_fields`: the
    model allows them blank only so that personal data can be erased later, and name their
    email field in `email_field_name`.

    Two quiet checks ride along: a typo in a big provider's domain is questioned before
    anything is stored ("Did you mean ana@gmail.com?", answered in `email_confirm`), and
    the browser reports how long the reader took (`fill_ms`, see `suspicion`). With
    `proof_of_work=True` (the page's "quick check" switch) the form also wants an ALTCHA
    solution."""

    honeypot_field = "fax_number"
    required_fields: tuple[str, ...] = ()
    email_field_name = "email"

    # Hidden from people (off screen, skipped by the keyboard, hidden from screen readers);
    # bots that fill in every field fill this one too.
    fax_number = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # The address the reader chose when asked "did you mean...?": the suggestion, or what
    # they typed. Either one is accepted as it is.
    email_confirm = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    # Milliseconds from the reader's first keystroke or tap to sending, written by
    # supporter_forms.js (pages are cached, so the server cannot stamp the time it served).
    fill_ms = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-fill-timer": ""})
    )

    def __init__(self, *args, proof_of_work: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.required_fields:
            self.fields[name].required = True
        if proof_of_work:
            self.fields[PROOF_OF_WORK_FIELD] = ProofOfWorkField()
        for field in self.fields.values():
            self._plain_length_message(field)
        self.email_suggestion = self.email_as_typed = ""

    @staticmethod
    def _plain_length_message(field: forms.Field) -> None:
        limit = getattr(field, "max_length", None)
        if not limit:
            return
        field.validators = [
            *(v for v in field.validators if not isinstance(v, MaxLengthValidator)),
            MaxLengthValidator(
                limit,
                message=_("Use %(limit_value)d characters or fewer (you typed %(show_value)d)."),
            ),
        ]

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get(self.honeypot_field, "").strip())

    @property
    def visible_fields_list(self) -> list:
        return [field for field in self if field.name != self.honeypot_field]

    @property
    def proof_of_work(self):
        """The quick check's bound field, or None when the page does not ask for one."""
        return self[PROOF_OF_WORK_FIELD] if PROOF_OF_WORK_FIELD in self.fields else None

    @property
    def fill_seconds(self) -> float | None:
        """How long the reader took, or None when the browser did not say (no JavaScript)."""
        value = str(self.data.get("fill_ms", "")).strip()
        if not value.isascii() or not value.isdigit() or len(value) > 12:
            return None
        return int(value) / 1000

    @property
    def suspicion(self) -> str:
        """Why this post looks automated, in a few words for the data stewards, or "".
        A fast post is held for review, never refused: autofill and password managers
        fill forms fast too."""
        seconds = self.fill_seconds
        if seconds is not None and seconds < settings.ACTIONS_MIN_FILL_SECONDS:
            return f"filled in {seconds:.1f} s"  # for stewards, kept in English like the log
        return ""

    def clean(self):
        cleaned_data = super().clean()
        self._question_email_typo(cleaned_data)
        return cleaned_data

    def _question_email_typo(self, cleaned_data: dict) -> None:
        """Ask "did you mean...?" once for an address at a mistyped provider; the reader's
        choice comes back in `email_confirm` and is taken as it is."""
        name = self.email_field_name
        email = cleaned_data.get(name)
        suggestion = suggest_email(email) if email else ""
        if not suggestion:
            return
        chosen = self.data.get("email_confirm", "")
        if chosen == suggestion:
            cleaned_data[name] = suggestion
        elif chosen != email:
            self.email_suggestion, self.email_as_typed = suggestion, email
            self.add_error(
                name,
                forms.ValidationError(
                    _(
                        "Did you mean %(suggestion)s? Choose the address to use below the "
                        "box, then send the form again."
                    ),
                    code="typo",
                    params={"suggestion": suggestion},
                ),
            )

    def full_clean(self):
        super().full_clean()
        # Screen readers announce which fields are wrong and read the message with the field.
        for name in getattr(self, "_errors", None) or {}:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                described = [f"{self[name].auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}_helptext")
                widget.attrs["aria-describedby"] = " ".join(described)

    def validate_unique(self):
        # A second signature, RSVP or endorsement gets the same answer as the first: saying
        # "already signed" would tell anyone who typed an address whether that person signed.
        # The database constraints keep one record each (see actions.services).
        pass

    def clean_postcode(self) -> str:
        """Only called on the forms that have a ZIP or postcode field."""
        value = tidy_text(self.cleaned_data.get("postcode", "")).upper()
        if value:
            validate_postcode(value)
        return value

    def clean_phone(self) -> str:
        """Only called on the forms that have a phone field."""
        value = tidy_text(self.cleaned_data.get("phone", ""))
        if value:
            validate_phone(value)
        return value

    def clean_person_name(self, name: str, what: str = "") -> str:
        value = tidy_text(self.cleaned_data.get(name, ""))
        if value:
            validate_name(value, what)
        return value


def required(message: str) -> dict:
    return {"required": message}


EMAIL_MESSAGES = {
    "required": _("Enter your email address."),
    "invalid": _("Enter your email address in the form name@example.org."),
}
TEXT = forms.TextInput
EMAIL_WIDGET = forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"})
PHONE_WIDGET = forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
POSTCODE_WIDGET = forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"})


class SignatureForm(SupporterForm):
    """Sign a petition. The opt-in is unticked: signing never subscribes anyone by itself."""

    required_fields = ("email", "postcode")

    class Meta:
        model = Signature
        fields = ["first_name", "last_name", "email", "postcode", "phone", "opt_in", "comment"]
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("Email address"),
            "phone": _("Phone number (optional)"),
            "opt_in": _("Yes, email me about this campaign and how I can help"),
            "comment": _("Why are you signing? (optional)"),
        }
        help_texts = {
            "email": _("To send you a receipt. Who signed is never published."),
            "opt_in": _("You can unsubscribe at any time."),
        }
        widgets = {
            "first_name": TEXT(attrs={"autocomplete": "given-name"}),
            "last_name": TEXT(attrs={"autocomplete": "family-name"}),
            "email": EMAIL_WIDGET,
            "postcode": POSTCODE_WIDGET,
            "phone": PHONE_WIDGET,
            "comment": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "first_name": required(_("Enter your first name.")),
            "last_name": required(_("Enter your last name.")),
            "email": EMAIL_MESSAGES,
            "postcode": required(_("Enter your ZIP or postcode.")),
        }
        field_classes = {"email": SupporterEmailField}

    def __init__(self, *args, postcode_inputmode: str = "numeric", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postcode"].widget.attrs["inputmode"] = postcode_inputmode

    def clean_first_name(self) -> str:
        return self.clean_person_name("first_name")

    def clean_last_name(self) -> str:
        return self.clean_person_name("last_name")

    def clean_comment(self) -> str:
        return tidy_multiline(self.cleaned_data.get("comment", ""))


GUESTS_MESSAGE = format_lazy(
    _("Choose a number of guests from 0 to {max_guests}."), max_guests=MAX_GUESTS
)


OCCURRENCE_MESSAGE = _(
    "That date no longer takes RSVPs (it may have started): choose one of the dates listed."
)


class RSVPForm(SupporterForm):
    """RSVP to an event, for yourself and any guests."""

    required_fields = ("email",)

    guests = forms.TypedChoiceField(
        label=_("Guests you are bringing"),
        choices=[(n, str(n)) for n in range(MAX_GUESTS + 1)],
        coerce=int,
        initial=0,
        error_messages={
            "invalid_choice": GUESTS_MESSAGE,
            "required": GUESTS_MESSAGE,
        },
    )

    def __init__(self, *args, occurrences: list[tuple[str, str]] | None = None, **kwargs):
        """`occurrences`: for a repeating event, the dates still taking RSVPs as (local date,
        label) pairs, soonest first; the reader picks one, the next by default."""
        super().__init__(*args, **kwargs)
        if occurrences:
            self.fields["occurrence"] = forms.ChoiceField(
                label=_("Which date?"),
                choices=occurrences,
                initial=occurrences[0][0],
                help_text=_("This event repeats: each RSVP is for one date."),
                error_messages={
                    "invalid_choice": OCCURRENCE_MESSAGE,
                    "required": OCCURRENCE_MESSAGE,
                },
            )
            self.order_fields(["name", "email", "occurrence"])

    class Meta:
        model = RSVP
        fields = ["name", "email", "guests", "phone", "access_needs"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number (optional)"),
            "access_needs": _("Access needs (optional)"),
        }
        help_texts = {
            "email": _("We email you a calendar file and a link to cancel."),
            "phone": _("Only for last-minute changes to the event."),
            "access_needs": _(
                "Tell the organisers what would help you take part, e.g. step-free access, "
                "interpretation, a seat, childcare."
            ),
        }
        widgets = {
            "name": TEXT(attrs={"autocomplete": "name"}),
            "email": EMAIL_WIDGET,
            "phone": PHONE_WIDGET,
            "access_needs": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {"name": required(_("Enter your name.")), "email": EMAIL_MESSAGES}
        field_classes = {"email": SupporterEmailField}

    def clean_name(self) -> str:
        return self.clean_person_name("name")

    def clean_access_needs(self) -> str:
        return tidy_multiline(self.cleaned_data.get("access_needs", ""))


class EndorsementForm(SupporterForm):
    """Ask to join the endorsers. Entries wait for review; contact details stay private."""

    required_fields = ("contact_name", "contact_email")
    email_field_name = "contact_email"

    website = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        max_length=300,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        error_messages={"invalid": _("Enter your website's address, like https://example.org.")},
        widget=forms.URLInput(attrs={"autocomplete": "url", "spellcheck": "false"}),
    )
    scope = forms.ChoiceField(
        label=_("Where you work"),
        # US states keep their names: they read the same in Spanish.
        choices=[(NATIONAL, _("Nationally, across the US")), *SCOPE_CHOICES[1:]],
        initial=NATIONAL,
        help_text=_("Your organisation is listed under this heading."),
        error_messages={"invalid_choice": _("Choose 'Nationally' or one US state from the list.")},
    )
    logo = forms.ImageField(
        label=_("Logo (optional)"),
        required=False,
        help_text=_("A PNG, JPEG, GIF or WebP image under 2 MB."),
        error_messages={"invalid_image": LOGO_MESSAGE},
    )

    class Meta:
        model = Endorsement
        fields = ["organisation_name", "website", "scope", "contact_name", "contact_email"]
        labels = {
            "organisation_name": _("Organisation name"),
            "contact_name": _("Your name"),
            "contact_email": _("Your email address"),
        }
        help_texts = {
            "organisation_name": _("As it should appear in the list."),
            "contact_email": _("So we can check with you. Never published."),
        }
        widgets = {
            "organisation_name": TEXT(attrs={"autocomplete": "organization"}),
            "contact_name": TEXT(attrs={"autocomplete": "name"}),
            "contact_email": EMAIL_WIDGET,
        }
        error_messages = {
            "organisation_name": required(_("Enter your organisation's name.")),
            "contact_name": required(_("Enter your name, so that we can check with you.")),
            "contact_email": EMAIL_MESSAGES,
        }
        field_classes = {"contact_email": SupporterEmailField}

    def clean_organisation_name(self) -> str:
        value = tidy_text(self.cleaned_data.get("organisation_name", ""))
        if value:
            validate_name(value, _("your organisation's name"), allow_domains=True)
        return value

    def clean_contact_name(self) -> str:
        return self.clean_person_name("contact_name")

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo:
            return None
        image_format = getattr(getattr(logo, "image", None), "format", None)
        if logo.size > MAX_LOGO_BYTES or image_format not in LOGO_FORMATS:
            raise forms.ValidationError(LOGO_MESSAGE, code="logo")
        return logo


class UpdatesSignupForm(SupporterForm):
    """Get campaign updates by email. Nobody is subscribed without ticking the box, which
    starts unticked; the words they agreed to are stored with the signup."""

    required_fields = ("name", "email")
    # Stored with each signup in the words the person read (their language).
    consent_text = _("Yes, email me updates about this campaign")

    opt_in = forms.BooleanField(
        label=consent_text,
        help_text=_("You can unsubscribe at any time."),
        required=True,
        error_messages={"required": _("Tick the box to say you want our emails.")},
    )

    class Meta:
        model = UpdatesSignup
        fields = ["name", "email", "postcode"]
        # Worded apart from the petition and RSVP forms that share a page with the footer.
        labels = {"name": _("Name"), "email": _("Your email"), "postcode": _("ZIP code (optional)")}
        help_texts = {"postcode": _("So we can tell you about events near you.")}
        widgets = {
            "name": TEXT(attrs={"autocomplete": "name"}),
            "email": EMAIL_WIDGET,
            "postcode": POSTCODE_WIDGET,
        }
        error_messages = {"name": required(_("Enter your name.")), "email": EMAIL_MESSAGES}
        field_classes = {"email": SupporterEmailField}

    def __init__(self, *args, postcode_inputmode: str = "numeric", **kwargs):
        # Ids of their own: the footer form shares pages with the petition and RSVP forms.
        kwargs.setdefault("auto_id", "updates_%s")
        super().__init__(*args, **kwargs)
        self.fields["postcode"].widget.attrs["inputmode"] = postcode_inputmode

    def clean_name(self) -> str:
        return self.clean_person_name("name")
