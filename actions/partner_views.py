"""A partner's private count link: a public address carrying the partner's secret key that
shows how many people each action gained through that partner's links and widget. Numbers
only: never a name, never another partner's counts. Nobody can guess the key (32 random
characters, Organisation.partner_key); a wrong one is a 404 like any missing page, and a data
steward rotates it when a link has gone where it should not (Organisation → Private link).

The page is never cached or indexed, and sends no Referer from its links, so the key stays in
the partner's address bar; the request log blanks it (common.request_log)."""

import re

from django.apps import apps
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .services.sources import partner_counts

KEY_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,64}")


@require_safe
def partner_counts_view(request: HttpRequest, key: str) -> HttpResponse:
    if not KEY_SHAPE.fullmatch(key):
        raise Http404(_("No partner has this link."))
    Organisation = apps.get_model("campaigns", "Organisation")
    partner = (
        Organisation.objects.filter(partner_key=key).select_related("locale").order_by("pk").first()
    )
    if partner is None:
        raise Http404(_("No partner has this link."))
    actions = partner_counts(partner)
    response = render(
        request,
        "actions/partner_counts.html",
        {
            "partner": partner,
            "actions": actions,
            "total": sum(action.count for action in actions),
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
