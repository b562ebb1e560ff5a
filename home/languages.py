"""The same page in the other language: for the language switcher, `hreflang` alternates and
the sitemap. A page's translations share its `translation_key` (wagtail-localize makes them)."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in its own language: "English", "Español"
    url: str
    # False when the page has no live translation in this language and the link goes to that
    # language's home page instead.
    translated: bool
    current: bool


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES)[code]


def live_translations(*pages: Page) -> dict[tuple, Page]:
    """(translation key, language code) → the live, public version of each of `pages` in that
    language (themselves included), in one query."""
    found = (
        Page.objects.filter(translation_key__in={page.translation_key for page in pages})
        .live()
        .public()
        .select_related("locale")
    )
    return {(other.translation_key, other.locale.language_code): other for other in found}


def language_links(request: HttpRequest | None, page: Page | None) -> list[LanguageLink]:
    """One link per language. On a page: its translation, or that language's home page when
    there is none (and no link while the site has no home page in that language). On a view
    that is not a page (search, feeds): the same address in the other language."""
    current = translation.get_language()
    if page is None or not page.pk:
        path = request.get_full_path() if request else "/"
        return [
            LanguageLink(code, name, translate_url(path, code), True, code == current)
            for code, name in settings.LANGUAGES
        ]
    site = Site.find_for_request(request) if request else page.get_site()
    home = site.root_page if site else page
    translations = live_translations(page, home)
    links = []
    for code, name in settings.LANGUAGES:
        other = translations.get((page.translation_key, code))
        target = other or translations.get((home.translation_key, code))
        if target is None:
            continue  # the site has no home page in that language yet: nothing to offer
        url = target.get_url(request) or "/"
        links.append(LanguageLink(code, name, url, other is not None, code == current))
    return links
