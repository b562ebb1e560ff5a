"""Template tags for the data stewards' admin screens."""

from django import template

from actions.steward_views import moderate_url as build_moderate_url

register = template.Library()


@register.simple_tag
def moderate_url(by: str, key: str, decision: str) -> str:
    """The confirmation page for holding, releasing or rejecting a group of posts."""
    return build_moderate_url(by, key, decision)
