from django import template
from django.urls import reverse

from editorial.translation_approval import SubmitTranslationForm

register = template.Library()


@register.simple_tag
def translation_submit_form(translation) -> dict:
    """The form and address of the "Submit for approval" panel on a translation screen."""
    return {
        "form": SubmitTranslationForm(),
        "url": reverse("editorial_submit_translation", args=[translation.pk]),
    }
