"""The "Get campaign updates" signup: a small form in the site footer that posts here, so it
works from every page. Errors and the thank-you step are shown on a page of their own."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from wagtail.models import Page

from .abuse import UPDATES_SCOPE
from .forms import UpdatesSignupForm
from .mixins import SignablePetitionMixin
from .mixins.base import GuardedSubmission, see_other
from .origin import same_origin_post
from .services.signups import sign_up_for_updates

# The thank-you step suggests this many open petitions to sign next.
NEXT_PETITIONS = 3


def open_petitions(limit: int = NEXT_PETITIONS) -> list:
    """The newest petitions readers can sign here, for "what next"."""
    pages = (
        Page.objects.live()
        .public()
        .type(SignablePetitionMixin)
        .order_by("-first_published_at")
        .specific()
    )
    return [page for page in pages[: limit * 3] if page.accepts_submissions()][:limit]


@method_decorator(same_origin_post, name="dispatch")
class UpdatesSignupView(GuardedSubmission, View):
    """GET: the form on its own page. POST: the guarded submission path shared with the
    action pages (form limits, honeypot, size limit, errors keeping what was typed, 503), with
    no CSRF token (the footer form is on every cached page; see actions.origin)."""

    form_class = UpdatesSignupForm
    rate_limit_bucket = "updates"
    template_name = "actions/updates_signup.html"

    def get_form_kwargs(self) -> dict:
        return {"postcode_inputmode": settings.ACTIONS_POSTCODE_INPUTMODE}

    def submission_source(self) -> str:
        return "campaign updates signup"

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.render_form(request, self.get_form(), status=200)

    def post(self, request: HttpRequest) -> HttpResponse:
        return self.serve_submission(request)

    def render_form(self, request, form, status: int = 400) -> HttpResponse:
        context = {"updates_form": form, "updates_step": "form"}
        return render(request, self.template_name, context, status=status)

    def render_refusal(self, request) -> HttpResponse:
        return self.render_form(request, self.get_form(), status=409)

    def rate_scope(self) -> str:
        return UPDATES_SCOPE

    def process_submission(self, request, form, screening) -> HttpResponse:
        sign_up_for_updates(
            form.cleaned_data,
            consent=str(form.consent_text),
            screening=screening,
            language=self.submission_language(request),
        )
        return see_other(self.get_thank_you_url(request))

    def get_thank_you_url(self, request) -> str:
        return reverse("actions:updates_thanks") + "#updates-done"


def updates_thanks(request: HttpRequest) -> HttpResponse:
    """Everyone who posts the form (first time, again, or a bot) sees this same step."""
    context = {"updates_step": "thanks", "next_petitions": open_petitions()}
    return render(request, UpdatesSignupView.template_name, context)
