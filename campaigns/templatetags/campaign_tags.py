"""Template helpers for campaign pages and blocks."""

import logging

from django import template
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from wagtail.embeds.embeds import get_embed, get_embed_hash

register = template.Library()
logger = logging.getLogger(__name__)

# A failed fetch can take the oEmbed finder's full timeout. Remembering the failure for a while
# keeps a page with a dead or unreachable embed fast for every reader after the first.
EMBED_FAILURE_TTL = 60 * 30


@register.simple_tag
def safe_embed(url: str | None, max_width: int | None = None) -> SafeString | str:
    """The provider's embed HTML for `url`, or "" when there is no URL or it cannot be fetched
    (offline, provider down, unsupported site). Templates always show a plain link as well."""
    if not url:
        return ""
    failure_key = "campaigns:embed-failed:" + get_embed_hash(url, max_width)
    if cache.get(failure_key):
        return ""
    try:
        embed = get_embed(url, max_width=max_width)
    except Exception as error:  # any failure means "show the link instead"
        logger.info("Embed unavailable, showing a link instead: %s (%r)", url, error)
        cache.set(failure_key, True, EMBED_FAILURE_TTL)
        return ""
    # The provider's HTML is trusted the same way Wagtail's own {% embed %} tag trusts it.
    return mark_safe(embed.html or "")  # noqa: S308
