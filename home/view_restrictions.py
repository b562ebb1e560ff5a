"""Page-view restrictions read once per request instead of once per listing.

Wagtail's `PageQuerySet.public()` reads every PageViewRestriction on the site each time it is
called, to build its filter, and an uncached page calls it for the menu, each listing and each
related-pages block: the campaign hub read the same rows six times. Within one request the
rows are read once and kept (`RestrictionsPerRequest`); outside a request (the task worker,
the admin's own queries made outside one, the shell) `public()` reads them as Wagtail does.

Nothing is kept across requests: a restriction an editor adds in another process applies to
the very next request everywhere, so no private page can leak through a stale copy. Saving
or deleting a restriction during a request forgets the copy too."""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

# None outside a request; in one, [] until read (a list so the middleware can see "unread").
_kept: ContextVar[list | None] = ContextVar("page_view_restrictions", default=None)


def view_restrictions() -> list[PageViewRestriction]:
    """Every page-view restriction with its page; read once per request."""
    kept = _kept.get()
    if kept:
        return kept[0]
    restrictions = list(PageViewRestriction.objects.select_related("page"))
    if kept is not None:
        kept.append(restrictions)
    return restrictions


def _private_q(self: PageQuerySet) -> Q:
    """Wagtail's `PageQuerySet.private_q`, over the rows read once per request."""
    q = Q()
    for restriction in view_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    # Match no page when no section is private (as Wagtail does).
    return q if q else Q(pk__in=[])


def _forget(**kwargs) -> None:
    kept = _kept.get()
    if kept:
        kept.clear()


def connect() -> None:
    """From HomeConfig.ready: `public()` and `not_public()` use the per-request rows."""
    PageQuerySet.private_q = _private_q
    post_save.connect(_forget, sender=PageViewRestriction, dispatch_uid="restrictions-save")
    post_delete.connect(_forget, sender=PageViewRestriction, dispatch_uid="restrictions-delete")


class RestrictionsPerRequest:
    """Middleware: the request's own copy of the restrictions, dropped when it ends."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _kept.set([])
        try:
            return self.get_response(request)
        finally:
            _kept.reset(token)
