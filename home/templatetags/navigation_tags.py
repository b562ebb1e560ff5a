from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """The home page's live children that editors ticked 'Show in menus' for, in tree order."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    items = []
    if site:
        pages = site.root_page.get_children().live().in_menu().public()
        for menu_page in pages:
            is_current = bool(current and current.pk == menu_page.pk)
            is_ancestor = bool(current and current.path.startswith(menu_page.path))
            items.append(
                {
                    "title": menu_page.title,
                    "url": menu_page.get_url(request),
                    "current": is_current,
                    "active": is_current or is_ancestor,
                }
            )
    return {"items": items}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page: Page) -> dict:
    """The trail from the home page down to the current page (nothing on the home page)."""
    ancestors = []
    if page and getattr(page, "depth", 0) > 2:
        ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth"))
    for crumb in ancestors:
        crumb.url = crumb.get_url(context.get("request"))
    return {"ancestors": ancestors, "page": page}
