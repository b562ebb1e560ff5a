"""`{% load updates_signup %}{% updates_signup_form %}`: the "Get campaign updates" form for
the site footer, posting to the actions endpoint."""

from django import template
from django.conf import settings

from actions.forms import UpdatesSignupForm

register = template.Library()


@register.inclusion_tag("actions/includes/updates_signup_footer.html", takes_context=True)
def updates_signup_form(context) -> dict:
    # The signup page shows its own (bound) form: one form with these ids per page.
    if context.get("updates_step"):
        return {}
    return {"form": UpdatesSignupForm(postcode_inputmode=settings.ACTIONS_POSTCODE_INPUTMODE)}
