"""Finding the page a form post or a count is for, by its id, in one query.

`Page.objects.live().public().filter(pk=…).specific()` costs three: every page-view restriction
on the site, the page row for its content type, then the specific row. During a burst of
signers that is most of the work of a signature. A page's type never changes after it is
created, so each process remembers which model each page id is (an id that names no page is
never remembered: it may name a new page later); then one query fetches the specific row, on
the condition that it is live, with a subquery that says whether it or an ancestor carries a
view restriction (Wagtail's `public()`).

Django takes longer to compile that query for a page type (several joined tables, ~2.5 ms)
than PostgreSQL takes to run it, so its SQL is compiled once per page type and process and
then run as a raw query, which builds the same page object for a third of the time.

**One petition, one count.** A page and its translations (they share a `translation_key`) are
one petition, event or statement: every signature, RSVP and endorsement made on any of them is
stored against one of them, its *counting page*: the one in the default language, else the
first one made (the lowest id; a translation is always made after its source). Counts,
duplicates, places, the endorsers list, exports and the stewards' screens all read that page's
records, whichever language the reader used. The look-up above also returns the counting
page's id and the page's language, so a post on a Spanish page costs the same one query."""

from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache as shared_cache
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Length, Substr
from django.utils.translation import get_supported_language_variant
from wagtail.models import Locale, Page, PageViewRestriction

_page_models: dict[int, type[Page]] = {}
_default_locale: dict[str, int] = {}
# A translation set changes rarely (a page is translated, or its default-language version is
# made later): each change deletes the keys (actions.signals), and they expire anyway.
COUNTING_CACHE_SECONDS = 60 * 60


def default_language() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def default_locale_id() -> int | None:
    """The default language's Locale id, remembered per process (locales are made once, by a
    migration): pages in it are their own counting pages, known without a query."""
    if "id" not in _default_locale:
        found = Locale.objects.filter(language_code=default_language()).values_list("pk", flat=True)
        locale_id = found.first()
        if locale_id is None:
            return None
        _default_locale["id"] = locale_id
    return _default_locale["id"]


def counting_sibling() -> Subquery:
    """For a page query: the id of the page's counting page (see the module's docstring)."""
    siblings = Page.objects.filter(translation_key=OuterRef("translation_key")).order_by(
        Case(
            When(locale__language_code=default_language(), then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        "pk",
    )
    return Subquery(siblings.values("pk")[:1])


def counting_pages(pages: QuerySet) -> QuerySet:
    """`pages` without translations that count on another page: one row per petition, event
    or statement, for the stewards' lists and filters."""
    return pages.alias(counting_id=counting_sibling()).filter(pk=F("counting_id"))


def _counting_key(page_id: int) -> str:
    return f"actions:counting-page:{page_id}"


def counting_page_ids(pages) -> dict[int, int]:
    """{page id: its counting page's id} for `pages`: those in the default language are their
    own (no query); translations from the shared cache, and those not cached in one query."""
    default = default_locale_id()
    found = {page.pk: page.pk for page in pages if page.locale_id == default}
    others = [page.pk for page in pages if page.pk not in found]
    if not others:
        return found
    cached = shared_cache.get_many([_counting_key(page_id) for page_id in others])
    found.update({pk: cached[_counting_key(pk)] for pk in others if _counting_key(pk) in cached})
    missing = [pk for pk in others if pk not in found]
    if missing:
        fresh = dict(
            Page.objects.filter(pk__in=missing)
            .annotate(counting_id=counting_sibling())
            .values_list("pk", "counting_id")
        )
        shared_cache.set_many(
            {_counting_key(pk): counting for pk, counting in fresh.items()},
            COUNTING_CACHE_SECONDS,
        )
        found.update(fresh)
    return found


def find_counting_page_id(page: Page) -> int:
    """The id of the page `page`'s records are stored against (see `counting_page_ids`)."""
    if not page.pk:
        return page.pk
    return counting_page_ids([page]).get(page.pk, page.pk)


def forget_counting_pages(page_ids) -> None:
    """After a page joined or left a translation set."""
    shared_cache.delete_many([_counting_key(page_id) for page_id in page_ids])


def language_of(page: Page) -> str:
    """The language of `page` (a code from settings.LANGUAGES): the reader's language on it."""
    # Set by `live_public_page` (read from __dict__: the page mixin's property calls this).
    annotated = page.__dict__.get("page_language")
    if annotated:
        return annotated
    return page.locale.language_code if page.locale_id else default_language()


def page_model(page_id: int) -> type[Page] | None:
    """The specific model of page `page_id`; None when no such page exists."""
    model = _page_models.get(page_id)
    if model is None:
        content_type_id = (
            Page.objects.filter(pk=page_id).values_list("content_type_id", flat=True).first()
        )
        if content_type_id is None:
            return None
        # ContentType's own per-process cache: no query after the first.
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # its app was removed
            return None
        _page_models[page_id] = model
    return model


def live_public_page(page_id: int, *, kind: type | None = None) -> Page | None:
    """Page `page_id` as its own type if it is live, open to everyone and (with `kind`) an
    instance of `kind`; else None. One query once the page's model is known, which also sets
    `counting_page_id` and `page_language` on the page."""
    model = page_model(page_id)
    if model is None or (kind is not None and not issubclass(model, kind)):
        return None
    sql, compiled_params, pk_at = _live_public_sql(model)
    params = list(compiled_params)
    params[pk_at] = page_id
    return next(iter(model.objects.raw(sql, params)), None)


# Stands for the page id while the query is compiled; no page has a negative id.
_PK_PLACEHOLDER = -7_000_000_001


@cache
def _live_public_sql(model: type[Page]) -> tuple[str, tuple, int]:
    """The look-up's SQL and parameters, and where in them the page id goes."""
    # Tree paths nest: a restriction applies when its page's path starts this page's path.
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    query = (
        model.objects.filter(pk=_PK_PLACEHOLDER, live=True)
        .exclude(Exists(restricted))
        .annotate(counting_page_id=counting_sibling(), page_language=F("locale__language_code"))
    )
    sql, params = query.query.sql_with_params()
    return sql, tuple(params), list(params).index(_PK_PLACEHOLDER)
