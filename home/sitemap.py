"""sitemap.xml: every live, public page of the site in every language (the English pages
under the site's home page, the Spanish ones under its Spanish translation), and for each page
that has a translation an `xhtml:link rel="alternate" hreflang` to every version of it, itself
included, and to the English one as `x-default`: what the head's hreflang links say
(templates/components/head_meta.html), so search engines pair the two versions.

The alternates come from the pages the sitemap lists anyway (a page's versions share its
`translation_key`), so the sitemap costs the same few queries for ten pages or ten thousand.
Django splits a sitemap past 50,000 addresses into numbered pages; the alternates are those
listed on the same page."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page


class TranslatedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list("path")
        under_a_home = reduce(or_, (Q(path__startswith=path) for (path,) in homes))
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain) -> list[dict]:
        languages = dict(Locale.all_objects.values_list("pk", "language_code"))
        listed = []  # (translation key, url info)
        versions = defaultdict(dict)  # translation key → language code → address
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                listed.append((item.translation_key, url_info))
                versions[item.translation_key].setdefault(
                    languages[item.locale_id], url_info["location"]
                )
        for key, url_info in listed:
            url_info["alternates"] = alternates(versions[key])
        urls = [url_info for _key, url_info in listed]
        last_mods = {url_info.get("lastmod") for url_info in urls}
        # As Wagtail's: the Last-Modified header only when every page has a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def alternates(addresses: dict[str, str]) -> list[dict]:
    """The sitemap's alternates for a page whose versions are at `addresses` (language code →
    address): one per language, then x-default; none for a page in one language only."""
    if len(addresses) < 2:
        return []
    found = [
        {"lang_code": code, "location": addresses[code]}
        for code, _name in settings.LANGUAGES
        if code in addresses
    ]
    if settings.LANGUAGE_CODE in addresses:
        found.append({"lang_code": "x-default", "location": addresses[settings.LANGUAGE_CODE]})
    return found


def sitemap(request):
    """The sitemap view: Wagtail's, with the pages of every language and their alternates."""
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap})
