"""`{% load zoned %}` then `{{ value|zoned }}` → "Thu 20 Oct, 18:00 PDT", in the site's time
zone whatever zone is active; `{{ value|zoned:"D j M Y, H:i T" }}` for another format."""

from datetime import datetime

from django import template

from common.timezones import ZONED_FORMAT, format_zoned, zone_label

register = template.Library()


@register.filter
def zoned(value: datetime | None, fmt: str = ZONED_FORMAT) -> str:
    return format_zoned(value, fmt)


@register.simple_tag
def site_zone_label() -> str:
    """The site's zone with its current abbreviation and offset, for "Times are in …" notes."""
    return zone_label()
