"""Helpers every test suite shares: counting a page's queries, and adding many pages at once."""

from collections.abc import Sequence
from typing import TypeVar

from django.db import connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

P = TypeVar("P", bound=Page)


def count_queries(client, url: str) -> int:
    """The queries one reader's request for `url` costs; the page must render."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@transaction.atomic
def add_children_in_bulk(parent: Page, pages: Sequence[P]) -> list[P]:
    """Add new pages of one type as `parent`'s last children, as `add_child` would (treebeard
    path, depth and child count, url_path, draft title, locale, a search index entry), in a few
    queries instead of a dozen per page: the query-budget tests need a thousand. Like
    `add_child`, it makes no revision and sends no save signals; a page type whose `save`
    computes fields (EventPage's times) needs them set before."""
    model = type(pages[0])
    assert all(type(page) is model for page in pages), "one page type per call"
    parent.refresh_from_db()
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        Page(**{name: getattr(page, name) for name in base_fields}) for page in pages
    )
    # Django cannot bulk-create a multi-table child, so each specific row is one INSERT of its
    # own table (raw: the Page row exists already).
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.id
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db()
    # As `update_index` does: its queryset prefetches the related fields the index reads.
    indexed = model.get_indexed_objects().filter(pk__in=[page.pk for page in pages])
    get_search_backend().add_bulk(model, indexed)
    return list(pages)
