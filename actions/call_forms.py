"""The "How did it go?" form a caller sends after phoning an official from a call page.

It asks nothing about the caller: which official (a hidden field), what happened, and an
optional note. The ZIP code or state the caller looked up travels with it, hidden, only so
the page can show the same officials again if the form needs fixing, and so the report keeps
the state (the ZIP itself is never stored)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.places import STATE_CODES, normalise_zip

from .forms import SupporterForm
from .models import CallReport
from .models.calls import NOTE_MAX_LENGTH
from .validation import LINK_PATTERN, tidy_multiline, tidy_text

# The lookup's own limit (campaigns.officials.MAX_QUERY): nothing longer is read back.
LOOKUP_MAX_LENGTH = 40
LOOKUP_FIELDS = ("zip", "county", "state")
TARGET_MESSAGE = _(
    "We could not tell which official you called. Look up your official again, then tell us "
    "how the call went."
)


class OutcomeRadios(forms.RadioSelect):
    """Radio buttons whose field is found by its first button: the error summary's link for
    the question lands on it (Django's own gives the group no id to link to)."""

    def id_for_label(self, id_, index=None):
        return super().id_for_label(id_, "0" if index is None else index)


class CallReportForm(SupporterForm):
    """How a call went. `targets` are the ids of the officials the page may count calls to;
    the form's ids are per official (`call-<id>-outcome`), as the page shows one form under
    each official found."""

    target = forms.TypedChoiceField(
        coerce=int,
        widget=forms.HiddenInput,
        error_messages={"required": TARGET_MESSAGE, "invalid_choice": TARGET_MESSAGE},
    )
    outcome = forms.ChoiceField(
        label=_("How did it go?"),
        choices=CallReport.Outcome.choices,
        widget=OutcomeRadios,
        error_messages={
            "required": _("Choose what happened when you called."),
            "invalid_choice": _("Choose one of the answers: what happened when you called."),
        },
    )
    # What the reader looked up, sent back hidden (see the module's docstring).
    zip = forms.CharField(required=False, max_length=LOOKUP_MAX_LENGTH, widget=forms.HiddenInput)
    county = forms.CharField(required=False, max_length=LOOKUP_MAX_LENGTH, widget=forms.HiddenInput)
    state = forms.CharField(required=False, max_length=LOOKUP_MAX_LENGTH, widget=forms.HiddenInput)

    class Meta:
        model = CallReport
        fields = ["note"]
        labels = {"note": _("Anything we should know? (optional)")}
        help_texts = {
            "note": _(
                "What they said, or a question they asked, in 500 characters or fewer. Only "
                "campaign staff read it: leave out your name and number."
            )
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 3, "maxlength": NOTE_MAX_LENGTH})}

    def __init__(self, *args, targets=(), target=None, **kwargs):
        kwargs.setdefault("auto_id", f"call-{target or 'report'}-%s")
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(pk, str(pk)) for pk in targets]
        if target is not None:
            self.initial.setdefault("target", target)

    @classmethod
    def posted_target(cls, data) -> int | None:
        """The official a posted form names, when it is written as an id, for the form's
        ids (the page shows a form with errors under that official)."""
        value = str((data or {}).get("target", "")).strip()
        return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None

    def clean_note(self) -> str:
        value = tidy_multiline(self.cleaned_data.get("note", ""))
        if LINK_PATTERN.search(value):
            raise forms.ValidationError(
                _("Please leave web addresses and links out of the note."), code="link"
            )
        return value

    def clean_zip(self) -> str:
        return normalise_zip(self.cleaned_data.get("zip", "")) or ""

    def clean_county(self) -> str:
        return tidy_text(self.cleaned_data.get("county", ""))

    def clean_state(self) -> str:
        state = tidy_text(self.cleaned_data.get("state", "")).upper()
        return state if state in STATE_CODES else ""

    def lookup_query(self) -> dict:
        """What the reader looked up, as the look-up reads a query string."""
        return {name: str(self.data.get(name, ""))[:LOOKUP_MAX_LENGTH] for name in LOOKUP_FIELDS}
