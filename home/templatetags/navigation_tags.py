from django import template
from django.conf import settings
from django.core.cache import cache
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from home.languages import language_links, live_translations
from home.models import SiteSettings
from home.models.site_settings import (
    SITE_CHROME_SECONDS,
    chrome_language,
    site_chrome_key,
)

register = template.Library()


def _menu_entries(
    site: Site, site_settings: SiteSettings, language: str
) -> list[tuple[str, Page | None, str]]:
    """(label, page, url) for each main-menu link in `language`: the editors' list in Site
    settings, or the home page's children marked 'Show in menus' when that list is empty. A
    link to a page goes to its live translation in `language` where there is one, named by
    the label editors wrote for that language, else by that page's title."""
    items = list(site_settings.menu_items.select_related("page"))
    if items:
        chosen = [item.page for item in items if item.page and item.page.live]
        translated_menu = chosen and language != settings.LANGUAGE_CODE
        translations = live_translations(*chosen) if translated_menu else {}
        entries = []
        for item in items:
            if item.page and not item.page.live:
                continue
            translated = item.page and translations.get((item.page.translation_key, language))
            page = translated or item.page
            if language != settings.LANGUAGE_CODE and item.label_es:
                label = item.label_es
            elif translated and translated.locale_id != item.page.locale_id:
                label = translated.title
            else:
                label = item.label or (item.page.title if item.page else item.url)
            entries.append((label, page, item.url))
        return entries
    home = site.root_page
    if language != settings.LANGUAGE_CODE:
        home = live_translations(home).get((home.translation_key, language), home)
    pages = home.get_children().live().in_menu().public()
    return [(menu_page.title, menu_page, "") for menu_page in pages]


def menu_entries(request) -> list[tuple[str, Page | None, str]]:
    """The main menu's links for this request in its language, looked up once: the menu and
    the campaign navigation (which leaves out what the menu already shows) both ask."""
    if request is None:
        return []
    if not hasattr(request, "_main_menu_entries"):
        site = Site.find_for_request(request)
        entries = []
        if site:
            # The same on every page of a language: kept in the cache with the site
            # settings, and forgotten with them (see home/models/site_settings.py).
            language = chrome_language()
            key = site_chrome_key("menu", site.pk, language)
            entries = cache.get(key)
            if entries is None:
                entries = _menu_entries(site, SiteSettings.for_request(request), language)
                cache.set(key, entries, SITE_CHROME_SECONDS)
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
