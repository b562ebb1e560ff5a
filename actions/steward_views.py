"""The data stewards' screen for floods: who sent the most posts in the last hour (connections
as short keyed codes, never addresses; email domains), the forms with held posts, and the
bulk hold / release / reject that acts on them. Only holders of the supporter-data
permission see it or act."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from common.links import site_url
from common.timezones import format_zoned

from .abuse import current_rules
from .moderation import SUPPORTER_DATA
from .services.moderation import (
    HOLD,
    REJECT,
    RELEASE,
    TRENDING_WINDOW,
    Selection,
    busiest_connection,
    decide,
    held_queue,
    held_total,
    recent_since,
    trending,
)

DECISIONS = {
    HOLD: gettext_lazy("Hold"),
    RELEASE: gettext_lazy("Release"),
    REJECT: gettext_lazy("Reject"),
}
WHAT_HAPPENS = {
    HOLD: gettext_lazy(
        "They stop counting (the public count, an event's places, the endorsers list, the "
        "letters and calls to each official) until you release them. Nobody is emailed, and "
        "a held letter is not sent."
    ),
    RELEASE: gettext_lazy(
        "They count at once. Each is sent the email it was not sent when held: a receipt, "
        "a link to confirm a signature, or an RSVP's place or waitlist email. A released "
        "letter gets its delivery day (within the office's daily limit) and is emailed then, "
        "or joins the letters to hand in; a released call report counts its call."
    ),
    REJECT: gettext_lazy(
        "They never count, and nobody is emailed. You can still release them later."
    ),
}


def can_moderate(user) -> bool:
    return user.is_active and user.has_perm(SUPPORTER_DATA)


def short_code(client_hash: str) -> str:
    """How a connection is shown: 8 characters of its keyed hash."""
    return client_hash[:8]


def moderate_url(by: str, key: str, decision: str) -> str:
    return reverse("actions_moderate") + "?" + urlencode({"by": by, "key": key, "d": decision})


def forbidden() -> HttpResponse:
    # A plain 403 (Wagtail would turn PermissionDenied into a redirect to the dashboard).
    return HttpResponseForbidden(_("Only data stewards can see or change held and trending posts."))


def trending_url() -> str:
    return reverse("actions_trending")


def trending_view(request: HttpRequest) -> HttpResponse:
    """The trending connections and domains, and the held queue."""
    if not can_moderate(request.user):
        return forbidden()
    since = recent_since()
    limits = current_rules().default
    return TemplateResponse(
        request,
        "actions/admin/trending.html",
        {
            "addresses": trending("client_hash", since=since),
            "domains": trending("email_domain", since=since),
            "queue": held_queue(),
            "since": format_zoned(since),
            "limits": limits,
            "window_minutes": int(TRENDING_WINDOW.total_seconds() // 60),
        },
    )


@dataclass(frozen=True)
class Target:
    """What a decision applies to, in words, and the posts it selects."""

    label: str
    selection: Selection


def target_for(by: str, key: str) -> Target:
    if by == "address" and len(key) == 16:
        return Target(
            _("the connection %(code)s in the last hour") % {"code": short_code(key)},
            Selection(client_hash=key, since=recent_since()),
        )
    if by == "domain" and key:
        return Target(
            _("%(domain)s in the last hour") % {"domain": key},
            Selection(email_domain=key, since=recent_since()),
        )
    if by == "form" and key == "signups":
        return Target(_("the “Get campaign updates” signup"), Selection(signups=True))
    if by == "form" and key.isdigit():
        page = Page.objects.filter(pk=int(key)).first()
        if page is not None:
            return Target(f"“{page.title}”", Selection(page_id=page.pk))
    raise Http404(_("Nothing to act on here."))


def moderate_view(request: HttpRequest) -> HttpResponse:
    """Hold, release or reject posts: a confirmation page (GET), then the change (POST)."""
    if not can_moderate(request.user):
        return forbidden()
    params = request.POST if request.method == "POST" else request.GET
    decision = params.get("d", "")
    if decision not in DECISIONS:
        raise Http404(_("No such decision."))
    target = target_for(params.get("by", ""), params.get("key", ""))
    if request.method == "POST":
        changed = decide(target.selection, decision, base_url=site_url())
        done = {
            HOLD: ngettext("%(n)d post held: %(what)s.", "%(n)d posts held: %(what)s.", changed),
            RELEASE: ngettext(
                "%(n)d post released: %(what)s.", "%(n)d posts released: %(what)s.", changed
            ),
            REJECT: ngettext(
                "%(n)d post rejected: %(what)s.", "%(n)d posts rejected: %(what)s.", changed
            ),
        }[decision]
        messages.success(request, done % {"n": changed, "what": target.label})
        return redirect(trending_url())
    return TemplateResponse(
        request,
        "actions/admin/moderate.html",
        {
            "decision": decision,
            "decision_label": DECISIONS[decision],
            "target": target.label,
            "what_happens": WHAT_HAPPENS[decision],
            "by": params.get("by"),
            "key": params.get("key"),
            "back_url": trending_url(),
        },
    )


class TrendingPanel(Component):
    """On data stewards' dashboards, only when something needs them: posts held, or one
    connection sending more than a form's per-minute limit in the last hour."""

    name = "trending_posts"
    template_name = "actions/admin/trending_panel.html"
    order = 230

    def __init__(self, held: int, busiest) -> None:
        self.held, self.busiest = held, busiest

    @classmethod
    def if_needed(cls) -> "TrendingPanel | None":
        held = held_total()
        busiest = busiest_connection()
        if busiest is not None and busiest.total <= current_rules().default.burst:
            busiest = None
        return cls(held, busiest) if held or busiest else None

    def get_context_data(self, parent_context=None) -> dict:
        return {
            "held": self.held,
            "busiest": self.busiest,
            "busiest_code": short_code(self.busiest.key) if self.busiest else "",
            "trending_url": trending_url(),
        }
