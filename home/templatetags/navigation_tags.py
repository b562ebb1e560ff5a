from django import template
from wagtail.models import Page, Site

from campaigns.models import CampaignPage
from home.models import SiteSettings

register = template.Library()


def _menu_entries(site: Site, site_settings: SiteSettings) -> list[tuple[str, Page | None, str]]:
    """(label, page, url) for each main-menu link: the editors' list in Site settings, or the
    home page's children marked 'Show in menus' when that list is empty."""
    items = list(site_settings.menu_items.select_related("page"))
    if items:
        return [
            (item.label or (item.page.title if item.page else item.url), item.page, item.url)
            for item in items
            if not item.page or item.page.live
        ]
    pages = site.root_page.get_children().live().in_menu().public()
    return [(menu_page.title, menu_page, "") for menu_page in pages]


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """The main navigation, marking the link for the current page or the section it is in."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    items = []
    # for_request shares the settings the rest of the page already loaded.
    entries = _menu_entries(site, SiteSettings.for_request(request)) if site else []
    for label, menu_page, url in entries:
        is_current = bool(current and menu_page and current.pk == menu_page.pk)
        in_section = bool(
            current
            and menu_page
            and menu_page.depth > 2
            and current.path.startswith(menu_page.path)
        )
        items.append(
            {
                "title": label,
                "url": menu_page.get_url(request) if menu_page else url,
                "current": is_current,
                "active": is_current or in_section,
            }
        )
    return {"items": items}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page: Page) -> dict:
    """The trail from the home page down to the current page (nothing on the home page)."""
    ancestors = []
    if page and getattr(page, "depth", 0) > 2:
        ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth"))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.inclusion_tag("navigation/campaign_nav.html", takes_context=True)
def campaign_nav(context, page: Page | None) -> dict:
    """The campaign's own navigation on every page inside it: its name, then its sections
    marked 'Show in menus', marking the one the reader is in."""
    campaign = CampaignPage.for_page(page)
    if campaign is None:
        return {"campaign": None}
    sections = []
    for section in campaign.menu_sections():
        is_current = page.pk == section.pk
        sections.append(
            {
                "page": section,
                "current": is_current,
                "active": is_current or page.path.startswith(section.path),
            }
        )
    return {
        "campaign": campaign,
        "on_campaign_page": page.pk == campaign.pk,
        "sections": sections,
        "request": context.get("request"),
    }
