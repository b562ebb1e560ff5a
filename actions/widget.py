"""What the partner widget's addresses carry and the code partners copy: the plain form of a
widget's query (`widget_query`), the `<iframe>` snippet and the partner link, shared by the
public "Put this on your site" page and the admin's "Embed on partner sites" screen. The
widget itself is actions/mixins/widget.py."""

from dataclasses import dataclass

from django.apps import apps
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from common.links import page_link, site_url

# The source code the widget's own snippets carry, and a partner's links.
WIDGET_SOURCE = "widget"
PARTNER_LINK_SOURCE = "partner"
# The parameters of a widget's address that say where its readers came from (actions.sources
# reads them in the browser, or from the post's Referer).
QUERY_PARAMETERS = ("partner", "source")
# A first height that fits the form on a phone; the optional resize script adjusts it.
DEFAULT_HEIGHT = 760


def widget_address(page, base_url: str, **query: str) -> str:
    """The absolute address of `page`'s widget, with `query` (partner, source)."""
    address = page_link(page, base_url, page.reverse_subpage("widget"))
    kept = {name: query[name] for name in QUERY_PARAMETERS if query.get(name)}
    return address + ("?" + urlencode(kept) if kept else "")


def iframe_code(page, base_url: str, **query: str) -> str:
    """The snippet a partner pastes: the frame, and our optional resize script (the frame
    works without it at its first height). Written in the page's language."""
    frame = format_html(
        '<iframe src="{}" title="{}" width="100%" height="{}" loading="lazy" '
        'style="border:0;width:100%;max-width:600px;"></iframe>',
        widget_address(page, base_url, **query),
        page.title,
        DEFAULT_HEIGHT,
    )
    script = format_html(
        '<script src="{}" async></script>', base_url + static("js/widget-resize.js")
    )
    return f"{frame}\n{script}"


@dataclass(frozen=True)
class LanguageCode:
    """The widget's code for one language of the page."""

    language: str
    name: str
    page: object
    code: str
    preview_url: str


def language_versions(page) -> list:
    """The page and its live translations, the page's own language first."""
    versions = [page]
    for translation in page.get_translations().live().public().specific():
        versions.append(translation)
    return versions


def embed_context(page, request) -> dict:
    """The embed page's codes: one per language the page is live in."""
    base = site_url(request)
    names = {"en": _("English"), "es": _("Spanish")}
    codes = []
    for version in language_versions(page):
        code = iframe_code(version, base, source=WIDGET_SOURCE)
        codes.append(
            LanguageCode(
                language=version.page_language,
                name=names.get(version.page_language, version.page_language),
                page=version,
                code=code,
                preview_url=version.url + version.reverse_subpage("widget"),
            )
        )
    return {"embed_codes": codes}


@dataclass(frozen=True)
class PartnerCode:
    """One partner's own widget code and link for one action."""

    organisation: object
    code: str
    link: str


def partner_snippets(page, base_url: str) -> list[PartnerCode]:
    """Each partner organisation's widget code and link for `page`, in the page's language."""
    Organisation = apps.get_model("campaigns", "Organisation")
    if not hasattr(Organisation, "partner_code"):
        return []
    partners = (
        Organisation.objects.filter(locale_id=page.locale_id)
        .exclude(partner_code="")
        .order_by("name")
    )
    snippets = []
    for organisation in partners:
        partner = organisation.partner_code
        link = (
            page_link(page, base_url)
            + "?"
            + urlencode({"partner": partner, "source": PARTNER_LINK_SOURCE})
        )
        snippets.append(
            PartnerCode(
                organisation=organisation,
                code=iframe_code(page, base_url, partner=partner, source=WIDGET_SOURCE),
                link=link,
            )
        )
    return snippets
