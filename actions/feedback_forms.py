"""The short form attendees get after an event (actions.services.feedback), and the walk-in
form of the check-in screen. Like every form strangers post: limits on every field, errors
that say what to fix, and what was typed shown again (escaped) when something is wrong."""

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .forms import EMAIL_MESSAGES, EMAIL_WIDGET, SupporterEmailField
from .models import EventFeedback
from .models.feedback import MAX_IMPROVE_LENGTH
from .validation import tidy_multiline, tidy_text, validate_name

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
LENGTH_MESSAGE = _("Use %(limit_value)d characters or fewer (you typed %(show_value)d).")


def yes_no(label: str, message: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": message},
    )


class EventFeedbackForm(forms.ModelForm):
    """How was it (1 to 5, in words), what to do better, and would you come again or help."""

    rating = forms.TypedChoiceField(
        label=_("How was it?"),
        choices=EventFeedback.Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how it was, from Poor to Excellent."),
            "invalid_choice": _("Choose how it was, from Poor to Excellent."),
        },
    )
    improve = forms.CharField(
        label=_("What should we do better? (optional)"),
        required=False,
        max_length=MAX_IMPROVE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the organisers read this."),
    )
    come_again = yes_no(_("Would you come again?"), _("Choose yes or no."))
    help_organise = yes_no(_("Would you help organise the next one?"), _("Choose yes or no."))

    class Meta:
        model = EventFeedback
        fields = ["rating", "improve", "come_again", "help_organise"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("come_again", "help_organise"):
            value = self.initial.get(name)
            self.initial[name] = "" if value is None else ("yes" if value else "no")
        self.fields["improve"].validators = [
            MaxLengthValidator(MAX_IMPROVE_LENGTH, message=LENGTH_MESSAGE)
        ]

    def clean_improve(self) -> str:
        return tidy_multiline(self.cleaned_data.get("improve", ""))

    def clean_come_again(self):
        return self._yes_no("come_again")

    def clean_help_organise(self):
        return self._yes_no("help_organise")

    def _yes_no(self, name: str) -> bool | None:
        # Unanswered stays unknown (None), not "no".
        return None if self.data.get(name, "") == "" else self.cleaned_data.get(name)


class WalkInForm(forms.Form):
    """Someone who came without an RSVP: a name, and an email if they want the follow-up."""

    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        error_messages={"required": _("Enter the person's name.")},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    email = SupporterEmailField(
        label=_("Email (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only if they want the email after the event asking how it went."),
        error_messages=EMAIL_MESSAGES,
        widget=EMAIL_WIDGET,
    )
    language = forms.ChoiceField(
        label=_("Their language"),
        choices=settings.LANGUAGES,
        help_text=_("Emails to them are written in it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.validators = [
                    *(v for v in field.validators if not isinstance(v, MaxLengthValidator)),
                    MaxLengthValidator(field.max_length, message=LENGTH_MESSAGE),
                ]

    def clean_name(self) -> str:
        value = tidy_text(self.cleaned_data.get("name", ""))
        if not value:
            raise forms.ValidationError(_("Enter the person's name."))
        validate_name(value, _("their name"))
        return value
