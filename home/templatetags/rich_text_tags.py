"""The filter behind every rich text the site shows (templates/wagtailcore/shared/richtext.html,
which Wagtail renders for `|richtext` and for rich text blocks)."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from common.rich_text import clean_rich_text

register = template.Library()


@register.filter
def cleaned_rich_text(html: str) -> SafeString:
    """Expanded rich text, cleaned of anything a reader's browser could run."""
    return mark_safe(clean_rich_text(str(html)))  # noqa: S308 - cleaned by nh3 just now
