"""Public views outside the page tree: where the action forms post, the numbers that move (a
petition's count, an event's places left) for cached pages and partner sites, and a
plain-words page for expired or blocked form security checks."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from .mixins.base import SubmissionMixin
from .mixins.calls import CallReportMixin
from .mixins.events import RSVPMixin
from .mixins.letters import LetterMixin
from .origin import refusal, same_origin_post
from .pages import live_public_page
from .services.counts import petition_goals, progress_for, signature_count
from .services.places import counts_by_state


@same_origin_post
def submit(request: HttpRequest, page_id: int, route: str = "") -> HttpResponse:
    """Where the sign, RSVP and endorse forms post: the page's own `serve_submission`, reached
    by id in one query instead of by walking the page tree. With a `route`, the page's route
    of that name takes the post (the buttons that confirm a signature or cancel an RSVP).
    Only live pages open to everyone take submissions. No CSRF token: see actions.origin.

    The answer (errors, the thank-you step it redirects to) is in the page's language, and the
    record stores it, whatever the address's prefix: a Spanish page's forms post to
    /es/actions/…, but one cached from before, or a partner's copy of the form, may post to
    /actions/…, and the page id says which language the reader was reading."""
    page = live_public_page(page_id, kind=SubmissionMixin)
    if page is None:
        raise Http404("No page here takes submissions.")
    if request.method != "POST":
        return redirect(page.url + route)
    with translation.override(page.page_language):
        if route:
            view, args, kwargs = page.resolve_subpage("/" + route)
            response = page.serve(request, view, args, kwargs)
        else:
            response = page.serve_submission(request)
        if isinstance(response, SimpleTemplateResponse):
            response.render()  # now, in the page's language, not after the view returns
    return response


def _cors(response: JsonResponse) -> JsonResponse:
    # Partner sites show the count on their own pages: any origin may read it. Nothing
    # personal is in it and no cookies are sent or read.
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD"
    return response


def _shared_briefly(response: JsonResponse) -> JsonResponse:
    """The same for everyone and a few seconds stale at most: a CDN answers the crowd that
    keeps a viral page open, and cached pages' script reads the fresh number here."""
    seconds = settings.ACTIONS_COUNT_CACHE_SECONDS
    response["Cache-Control"] = f"public, max-age={seconds}, s-maxage={seconds}"
    return _cors(response)


@require_safe
def petition_count(request: HttpRequest, page_id: int) -> JsonResponse:
    """{"count": 1234, "goal": 2000}: the public count and the goal shown now."""
    goals = petition_goals(page_id)
    if goals is None:
        return _cors(JsonResponse({"error": "No petition has this number."}, status=404))
    count = signature_count(goals.get("counting_page_id", page_id))
    progress = progress_for(count, goals["goal"], goals["next_goal"])
    return _shared_briefly(JsonResponse({"count": progress.count, "goal": progress.goal}))


@require_safe
def event_places(request: HttpRequest, page_id: int) -> JsonResponse:
    """{"capacity": 40, "places_left": 3}: places left now (both null for an event without a
    limit). Only counts: who is coming is never published. A repeating event's places are
    per date: ?date=2026-03-03 (by default the next date taking RSVPs), named in "date"."""
    page = live_public_page(page_id, kind=RSVPMixin)
    if page is None or not page.rsvp_enabled:
        return _cors(JsonResponse({"error": "No event taking RSVPs has this number."}, status=404))
    if not page.repeats:
        places = {"capacity": page.capacity, "places_left": page.rsvp_places_left()}
        return _shared_briefly(JsonResponse(places))
    day = request.GET.get("date", "")[:10]
    occurrence = page.rsvp_occurrence(day)
    if occurrence is None or (day and f"{occurrence:%Y-%m-%d}" != day):
        error = {"error": "This event takes no RSVPs for that date."}
        return _cors(JsonResponse(error, status=404))
    places = {
        "capacity": page.capacity,
        "places_left": page.rsvp_places_left(occurrence),
        "date": f"{occurrence:%Y-%m-%d}",
    }
    return _shared_briefly(JsonResponse(places))


def csrf_failure(request: HttpRequest, reason: str = ""):
    """Honest readers meet this when a form sat open for a long time or cookies are blocked."""
    return refusal(request, cross_site=False)


@require_safe
def petition_states(request: HttpRequest, page_id: int) -> JsonResponse:
    """{"threshold": 10, "states": [{"code": "CA", "count": 120}, {"code": "WY", "count":
    null}, …], "other_states": 31, "no_us_zip_code": 4, "paper": 0, "total": 1234}: where the
    signatures come from. Only counts, and no state's below the threshold
    (actions.services.places)."""
    goals = petition_goals(page_id)
    if goals is None:
        return _cors(JsonResponse({"error": "No petition has this number."}, status=404))
    places = counts_by_state(goals.get("counting_page_id", page_id))
    return _shared_briefly(JsonResponse(places.as_json()))


# The actions besides petitions whose counts by state are public, by the address's word.
ACTIONS_BY_STATE = {"letters": LetterMixin, "calls": CallReportMixin}


@require_safe
def action_states(request: HttpRequest, kind: str, page_id: int) -> JsonResponse:
    """The same as petition_states for a letter action ("letters") or a call page ("calls"):
    where its counted letters or calls come from. Only counts, never below the threshold."""
    page = live_public_page(page_id, kind=ACTIONS_BY_STATE[kind])
    if page is None:
        return _cors(JsonResponse({"error": "No such action has this number."}, status=404))
    return _shared_briefly(JsonResponse(page.place_counts().as_json()))
