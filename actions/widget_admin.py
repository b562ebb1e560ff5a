"""The admin's "Embed on partner sites" screen (a page's header and listing menus): the partner
widget's generic code, and each partner organisation's own code and link, ready to copy.
Nothing secret is on it (partners' codes are in the links they share; their private count link
is a steward's), so every editor who may see the page in the admin may see it."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import Button
from wagtail.models import Page

from common.links import site_url

from .mixins.widget import WidgetMixin
from .widget import embed_context, partner_snippets


def is_embeddable(page: Page) -> bool:
    return issubclass(page.specific_class or Page, WidgetMixin)


def can_see_embed(user, page: Page) -> bool:
    """Editors who can see the page in the admin's explorer."""
    permissions = page.permissions_for_user(user)
    return user.is_active and (permissions.can_edit() or permissions.can_publish())


def embed_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id)
    if not is_embeddable(page):
        raise Http404("This page has nothing to embed.")
    if not can_see_embed(request.user, page):
        return HttpResponseForbidden(_("Only staff who can edit this page can see its code."))
    page = page.specific
    context = {
        "page": page,
        "live": page.live and page.widget_available(),
        "partners": partner_snippets(page, site_url(request)) if page.live else [],
        "public_embed_url": page.full_url + "embed/" if page.live else "",
        **(embed_context(page, request) if page.live else {"embed_codes": []}),
    }
    return TemplateResponse(request, "actions/admin/embed.html", context)


def embed_button(page: Page, user, priority: int) -> Button | None:
    if not is_embeddable(page) or not can_see_embed(user, page):
        return None
    return Button(
        _("Embed on partner sites"),
        reverse("actions_embed", args=[page.pk]),
        icon_name="code",
        priority=priority,
    )
