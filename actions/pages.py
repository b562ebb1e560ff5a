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
then run as a raw query, which builds the same page object for a third of the time."""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

_page_models: dict[int, type[Page]] = {}


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
    instance of `kind`; else None. One query once the page's model is known."""
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
    query = model.objects.filter(pk=_PK_PLACEHOLDER, live=True).exclude(Exists(restricted))
    sql, params = query.query.sql_with_params()
    return sql, tuple(params), list(params).index(_PK_PLACEHOLDER)
