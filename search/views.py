"""Site search: PostgreSQL full text through Wagtail's database backend, ranked, across every
live public page in the reader's language (/search/ English, /es/search/ Spanish, each parsed
and stemmed as that language: search/backend.py), with the results editors promoted for a query
(Settings → Promoted search results) first. Only pages are searched: supporters' names and
addresses never are."""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext_lazy
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from campaigns import listings
from campaigns.models import EventPage, PetitionPage, UpdatePage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SUGGESTED_TOPICS = 8
# Bills are written "SB 1289" and indexed as two words; readers often type "SB1289".
BILL_NUMBER = re.compile(r"\b([A-Za-z]{1,3})(\d{1,5})\b")


@dataclass(frozen=True)
class ResultType:
    """A filter readers can narrow results to; `models=None` means every other page type."""

    slug: str
    label: str
    models: tuple = ()

    def restrict(self, pages):
        if self.models:
            return pages.type(*self.models)
        return pages.not_type(*(model for kind in RESULT_TYPES for model in kind.models))


RESULT_TYPES = [
    ResultType("updates", pgettext_lazy("search filter", "Updates"), (UpdatePage,)),
    ResultType("petitions", pgettext_lazy("search filter", "Petitions"), (PetitionPage,)),
    ResultType("events", pgettext_lazy("search filter", "Events"), (EventPage,)),
    ResultType("pages", pgettext_lazy("search filter", "Other pages")),
]
TYPES_BY_SLUG = {kind.slug: kind for kind in RESULT_TYPES}


def normalise_query(raw: str) -> str:
    query = " ".join(raw.split())[:MAX_QUERY_LENGTH]
    return BILL_NUMBER.sub(r"\1 \2", query)


def promoted_results(query: str, pages) -> list[SearchPromotion]:
    """Editors' picks for this query, in their order: external links, and pages among `pages`
    (live, public, in the reader's language: a pick whose page was unpublished is skipped,
    not shown broken, and a page in the other language is left to that language's readers)."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(pages.filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    return [
        promotion
        for promotion in promotions
        if (promotion.page_id in visible) or (not promotion.page_id and promotion.external_link_url)
    ]


def count_by_type(results) -> dict[str, int]:
    """How many results each type filter would show, from one grouped query."""
    by_content_type = results.facet("content_type_id")
    counts = dict.fromkeys(TYPES_BY_SLUG, 0)
    known = {}
    for kind in RESULT_TYPES:
        for model in kind.models:
            known[ContentType.objects.get_for_model(model).pk] = kind.slug
    for content_type_id, count in by_content_type.items():
        counts[known.get(content_type_id, "pages")] += count
    return counts


def reader_pages(request):
    """The live, public pages this reader can find: those of the site in the reader's language
    (none while the site has no home page in that language)."""
    site = Site.find_for_request(request)
    home = listings.reader_home(site) if site else None
    if home is None:
        return Page.objects.none()
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    return listings.in_locale_of(pages, home)


def suggested_topics():
    """The topics most used on updates in the reader's language."""
    used_here = {
        "campaigns_updatepagetag_items__content_object__locale__language_code": (
            translation.get_language()
        )
    }
    return (
        Tag.objects.filter(**used_here)
        .annotate(uses=Count("campaigns_updatepagetag_items"))
        .order_by("-uses", "name")[:SUGGESTED_TOPICS]
    )


def head_meta(query: str, kind: ResultType | None) -> dict:
    """What the head tags (seo_tags) say about this search: its title, and one canonical
    address whichever parameter the query came in (?q= and ?query= are the same search)."""
    params = {
        name: value for name, value in [("query", query), ("type", kind and kind.slug)] if value
    }
    path = reverse("search") + (f"?{urlencode(params)}" if params else "")
    title = (
        gettext("Search results for “%(query)s”") % {"query": query} if query else gettext("Search")
    )
    return {
        "seo_title": title,
        "seo_description": gettext(
            "Search the campaign's updates, press coverage, petitions and events."
        ),
        "canonical_path": path,
    }


def search(request):
    """Search results for ?query= (or ?q=, what browsers' search shortcuts and readers type),
    optionally narrowed to one ?type=, ten to a page."""
    query = normalise_query(request.GET.get("query") or request.GET.get("q", ""))
    kind = TYPES_BY_SLUG.get(request.GET.get("type", ""))
    context = {
        "query": query,
        "result_type": kind,
        "result_types": RESULT_TYPES,
        **head_meta(query, kind),
    }
    if not query:
        context["topics"] = suggested_topics()
        return TemplateResponse(request, "search/search.html", context)

    pages = reader_pages(request)
    promotions = promoted_results(query, pages)
    promoted_pages = [promotion.page_id for promotion in promotions if promotion.page_id]
    if promoted_pages:
        pages = pages.exclude(pk__in=promoted_pages)
    counts = count_by_type(pages.search(query))
    shown = kind.restrict(pages) if kind else pages
    paginator = Paginator(shown.specific().search(query), RESULTS_PER_PAGE)
    try:
        results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        results = paginator.page(1)
    context.update(
        promotions=promotions if results.number == 1 else [],
        results=results,
        counts=counts,
        total=sum(counts.values()) + len(promotions),
        type_filters=[(result_type, counts[result_type.slug]) for result_type in RESULT_TYPES],
    )
    if not results.object_list and not promotions:
        context["topics"] = suggested_topics()
    return TemplateResponse(request, "search/search.html", context)
