"""Template helpers for campaign pages and blocks: embeds, the campaign's own navigation,
petition progress and event calendar links in listings."""

import logging

from django import template
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.models import Page

from actions.services.counts import Progress, progress_for, signature_counts
from campaigns.models import CampaignPage, EventPage, PetitionPage
from campaigns.models.base import nav_label
from home.templatetags.navigation_tags import menu_entries

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


@register.inclusion_tag("navigation/campaign_nav.html", takes_context=True)
def campaign_nav(context, page: Page | None) -> dict:
    """The campaign's own navigation on every page inside it: its name, then its sections
    marked 'Show in menus' by their short menu labels, marking the one the reader is in.
    Sections the main menu already links to are left out, so no link shows twice; with
    nothing left to add, there is no campaign navigation."""
    campaign = CampaignPage.for_page(page)
    if campaign is None:
        return {"campaign": None}
    request = context.get("request")
    in_main_menu = {menu_page.pk for _, menu_page, _ in menu_entries(request) if menu_page}
    sections = [
        {
            "label": nav_label(section),
            "page": section,
            "current": page.pk == section.pk,
            "active": page.path.startswith(section.path),
        }
        for section in campaign.menu_sections()
        if section.pk not in in_main_menu
    ]
    if not sections:
        return {"campaign": None}
    return {
        "campaign": campaign,
        "on_campaign_page": page.pk == campaign.pk,
        "sections": sections,
        "request": request,
    }


@register.filter
def calendar_file_url(event: EventPage) -> str:
    """The address of an event's own calendar file (a route of the event page)."""
    return event.url + event.reverse_subpage("calendar_file")


def listing_progress(petition: PetitionPage, count: int) -> Progress | None:
    """A petition's count against its goal for listings, or None for a petition hosted on
    another site whose count nobody recorded here (it would read "0 signatures" forever)."""
    if petition.is_external and not count:
        return None
    return progress_for(count, petition.goal, petition.next_goal)


@register.filter
def with_signature_progress(pages) -> list[Page]:
    """`pages` as a list, each petition among them carrying `listing_progress`: its count
    against its goal, from one batch of counts for the whole list (not a count per card), and
    its officials in its language from one batch too."""
    pages = list(pages)
    petitions = [page for page in pages if isinstance(page, PetitionPage)]
    counts = signature_counts(petitions) if petitions else {}
    for petition in petitions:
        petition.listing_progress = listing_progress(petition, counts[petition.pk])
    PetitionPage.with_targets_in_locale(petitions)
    return pages
