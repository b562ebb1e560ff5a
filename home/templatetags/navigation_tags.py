from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from home.languages import language_links, live_translations
from home.models import SiteSettings
from home.models.site_settings import SITE_CHROME_SECONDS, site_chrome_key

register = template.Library()


def _menu_entries(site: Site, site_settings: SiteSettings) -> list[tuple[str, Page | None, str]]:
    """(label, page, url) for each main-menu link: the editors' list in Site settings, or the
    home page's children marked 'Show in menus' when that list is empty. A page is shown in
    the active language when it has a live translation (with its translated title when the
    editors gave no label), else as it is."""
    items = list(site_settings.menu_items.select_related("page"))
    if items:
        entries = [
            (item.label, item.page, item.url) for item in items if not item.page or item.page.live
        ]
    else:
        pages = site.root_page.get_children().live().in_menu().public()
        entries = [("", menu_page, "") for menu_page in pages]
    language = translation.get_language()
    translations = {}
    if language != settings.LANGUAGE_CODE:
        # Editors pick the English pages; each has its translation in the reader's language.
        translations = live_translations(*(page for _, page, _ in entries if page))
    localised = []
    for label, page, url in entries:
        if page is not None:
            page = translations.get((page.translation_key, language), page)
        localised.append((label or (page.title if page else url), page, url))
    return localised


def menu_entries(request) -> list[tuple[str, Page | None, str]]:
    """The main menu's links for this request in its language, looked up once: the menu and
    the campaign navigation (which leaves out what the menu already shows) both ask."""
    if request is None:
        return []
    if not hasattr(request, "_main_menu_entries"):
        site = Site.find_for_request(request)
        entries = []
        if site:
            # The same on every page of a language: kept in the cache with the site settings
            # (one entry per site, holding each language's menu), and forgotten with them
            # (see home/models/site_settings.py).
            key = site_chrome_key("menu", site.pk)
            language = translation.get_language()
            menus = cache.get(key) or {}
            entries = menus.get(language)
            if entries is None:
                entries = _menu_entries(site, SiteSettings.for_request(request))
                cache.set(key, {**menus, language: entries}, SITE_CHROME_SECONDS)
        request._main_menu_entries = entries
    return request._main_menu_entries


@register.simple_tag(takes_context=True)
def editor_userbar(context) -> str:
    """Wagtail's user bar (edit this page) for signed-in editors. Only a request carrying a
    session cookie can be signed in: asking anyone else who they are would read the session,
    and that makes every page `Vary: Cookie`, which no shared cache can keep."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


def _contains(section: Page, page: Page) -> bool:
    """Whether `page` is `section` or below it. The home page (depth 2) only contains itself,
    or its link would be marked on every page of the site."""
    if section.pk == page.pk:
        return True
    return section.depth > 2 and page.path.startswith(section.path)


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """The main navigation, marking one link: the current page's, or else the deepest
    section the page is in (an update is in 'Updates', not also in 'The campaign')."""
    request = context.get("request")
    current = context.get("page")
    if not isinstance(current, Page):
        current = None
    entries = menu_entries(request)
    containing = [
        menu_page
        for _, menu_page, _ in entries
        if current and menu_page and _contains(menu_page, current)
    ]
    marked = max(containing, key=lambda menu_page: menu_page.depth, default=None)
    items = [
        {
            "title": label,
            "url": menu_page.get_url(request) if menu_page else url,
            "current": bool(marked and menu_page is marked and menu_page.pk == current.pk),
            "active": bool(marked and menu_page is marked),
        }
        for label, menu_page, url in entries
    ]
    return {"items": items}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page: Page) -> dict:
    """The trail from the home page down to the current page (nothing on the home page)."""
    ancestors = []
    if page and getattr(page, "depth", 0) > 2:
        ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=2).order_by("depth"))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to this page in the other languages (or to their home page, saying so)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page):
        page = None
    links = getattr(request, "_language_links", None)
    if links is None:
        links = language_links(request, page)
    return {"links": [link for link in links if not link.current]}
