from django import template
from wagtail.models import Page, Site

from home.models import SiteSettings

register = template.Library()


def _menu_entries(site: Site) -> list[tuple[str, Page | None, str]]:
    """(label, page, url) for each main-menu link: the editors' list in Site settings, or the
    home page's children marked 'Show in menus' when that list is empty."""
    site_settings = SiteSettings.for_site(site)
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
    for label, menu_page, url in _menu_entries(site) if site else []:
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
