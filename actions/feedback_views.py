"""The attendee's feedback form, opened from the signed link in the email sent after an
event (actions.services.feedback). It is one person's own page: never cached, and the link
opens nothing but that RSVP's answer."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control

from .abuse import declared_body_size
from .contracts import EventPageContract
from .feedback_forms import EventFeedbackForm
from .models import RSVP, EventFeedback
from .responses import too_large_response
from .services.feedback import save_feedback
from .services.rsvps import find_rsvp
from .tokens import EVENT_FEEDBACK, FEEDBACK_MAX_AGE, read_token

TEMPLATE = "actions/event_feedback.html"
# Far above the form's largest honest post (1,000 characters of text, in 4-byte UTF-8).
MAX_BODY_BYTES = 8 * 1024


def keep_private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    return response


def feedback_rsvp(page: EventPageContract, token: str) -> RSVP | None:
    """The RSVP a feedback link was made for: None for a forged, altered or expired link,
    one made for another purpose, or one for an RSVP of another event."""
    key = read_token(token, EVENT_FEEDBACK, max_age=FEEDBACK_MAX_AGE)
    return find_rsvp(page, key) if key else None


def event_feedback(page, request: HttpRequest, token: str) -> HttpResponse:
    """GET: the form (with the answers already given, to change them). POST (through the
    actions endpoint, which checks where the post came from): save, then show it again."""
    # Imported here: actions.reminders needs the event mixin, which imports this module.
    from .reminders import event_times_for, when_text

    rsvp = feedback_rsvp(page, token)
    if rsvp is None:
        return _render(page, request, {"feedback_step": "invalid"}, status=400)
    answer = EventFeedback.objects.filter(rsvp=rsvp).first()
    if request.method == "POST":
        size = declared_body_size(request)
        if size is not None and size > MAX_BODY_BYTES:
            return keep_private(too_large_response(request, MAX_BODY_BYTES))
        form = EventFeedbackForm(request.POST, instance=answer)
        if form.is_valid():
            save_feedback(rsvp, form.cleaned_data)
            own_url = page.url + page.reverse_subpage("event_feedback", args=[token])
            # 303: reloading the page that follows never posts again.
            return keep_private(HttpResponseRedirect(own_url + "#feedback", status=303))
        status = 400
    else:
        form, status = EventFeedbackForm(instance=answer), 200
    context = {
        # The date the RSVP was for, which a repeating event's rule alone does not say.
        "feedback_when": when_text(page, *event_times_for(rsvp, page)) if page.repeats else "",
        "feedback_step": "answered" if answer else "form",
        "feedback_form": form,
        "feedback_action_url": page.route_action_url("event_feedback", (token,)),
    }
    return _render(page, request, context, status=status)


def _render(page, request, context: dict, status: int) -> HttpResponse:
    response = page.render(request, template=TEMPLATE, context_overrides=context)
    response.status_code = status
    return keep_private(response)
