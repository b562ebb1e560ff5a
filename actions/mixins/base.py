"""The guarded path every public form post takes, shared by the action mixins."""

import logging
from dataclasses import replace

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from actions.abuse import Screening, declared_body_size, open_gate
from actions.pages import find_counting_page_id, language_of
from actions.responses import too_large_response, unavailable_response
from actions.sources import read_source
from common.links import page_link, site_url
from common.sharing import share_kit as build_share_kit

logger = logging.getLogger(__name__)

CEILING_MESSAGE = _(
    "Thousands of forms have been sent from your internet connection in the last minute, so "
    "we paused to protect the site. Your answers are kept below: please wait a minute, then "
    "send again."
)


class GuardedSubmission:
    """The guarded path of a stranger's form post: refuse when closed, too large or beyond
    the flood ceiling; pretend success to bots; show errors with what was typed; screen
    (counted, held or rejected: actions.abuse); save; redirect to the thank-you step, the
    same whatever the screening said. Used by the page mixins and by forms that live outside
    the page tree (the email signup).

    Subclasses set `form_class` and `rate_limit_bucket`, and implement `rate_scope`,
    `render_form`, `render_refusal`, `process_submission` and `get_thank_you_url`."""

    form_class = None
    rate_limit_bucket = "action"
    # Far above any honest submission of the form (every field has a maxlength).
    max_body_bytes = 16 * 1024

    def accepts_submissions(self) -> bool:
        return True

    def get_form_class(self):
        return self.form_class

    def get_form_kwargs(self) -> dict:
        return {}

    def get_form(self, data=None, files=None):
        """The form, bound to the posted data when there is some."""
        return self.get_form_class()(data, files, **self.get_form_kwargs())

    def rate_scope(self) -> str:
        """Which form limits apply (Settings → Form limits), and which counts this post adds
        to: the page's id, or the email signup's scope."""
        raise NotImplementedError

    def screened_email(self, form) -> str:
        """The email the block list and the trending view look at."""
        return form.cleaned_data.get("email", "")

    def process_submission(self, request, form, screening: Screening) -> HttpResponse:
        """Save a valid submission through actions.services, stored as `screening` says
        (counted, held or rejected), and return the response."""
        raise NotImplementedError

    def get_thank_you_url(self, request) -> str:
        raise NotImplementedError

    def render_refusal(self, request) -> HttpResponse:
        raise NotImplementedError

    def render_form(self, request, form, status: int = 400) -> HttpResponse:
        raise NotImplementedError

    def submission_source(self) -> str:
        """Where the post came from, for log lines (never anything the reader typed)."""
        return self.rate_limit_bucket

    def submission_language(self, request) -> str:
        """The language the reader used: stored with the record, and its emails use it."""
        return translation.get_language() or settings.LANGUAGE_CODE

    def serve_submission(self, request) -> HttpResponse:
        if not self.accepts_submissions():
            return self.render_refusal(request)
        size = declared_body_size(request)
        if size is not None and size > self.max_body_bytes:
            return too_large_response(request, self.max_body_bytes)
        form = self.get_form(request.POST, request.FILES)
        gate = open_gate(request, self.rate_scope())
        if gate.over_ceiling:
            form.is_valid()
            form.add_error(None, CEILING_MESSAGE)
            response = self.render_form(request, form, status=429)
            response["Retry-After"] = str(gate.retry_after())
            return response
        if form.is_bot:
            # Bots are told they succeeded, so they do not adapt; nothing is stored.
            logger.info("Honeypot caught a %s", self.submission_source())
            return HttpResponseRedirect(self.get_thank_you_url(request), status=303)
        if not form.is_valid():
            return self.render_form(request, form)
        screening = gate.screen(self.screened_email(form), getattr(form, "suspicion", ""))
        screening = replace(screening, source=read_source(request))
        if not screening.counted:
            # The reason names limits or the block list, never anything the reader typed.
            logger.info(
                "Stored a %s as %s: %s",
                self.submission_source(),
                screening.moderation,
                screening.reason,
            )
        try:
            return self.process_submission(request, form, screening)
        except (OperationalError, InterfaceError) as error:
            logger.error(
                "Database unavailable: a %s was not saved (%s)",
                self.submission_source(),
                type(error).__name__,
            )
            return unavailable_response(request, form)


class SubmissionMixin(GuardedSubmission, RoutablePageMixin):
    """A page that takes a form post (see GuardedSubmission): the form and its errors are
    shown on the page itself.

    Subclasses set `form_class`, `form_context_name` and `rate_limit_bucket`, and implement
    `accepts_submissions`, `process_submission` and `get_thank_you_url`."""

    form_context_name = "form"

    @cached_property
    def counting_page_id(self) -> int:
        """The page this page's records are stored against: itself, or for a translation,
        the page in the default language (actions.pages). Set by the look-up of a form post."""
        return find_counting_page_id(self)

    @cached_property
    def page_language(self) -> str:
        """This page's language. Set by the look-up of a form post."""
        return language_of(self)

    def submission_language(self, request) -> str:
        # The page decides, not the address the form was sent to (actions.views.submit
        # answers in the page's language too).
        return self.page_language

    def submission_source(self) -> str:
        return f"{self.rate_limit_bucket} post on page {self.pk}"

    def rate_scope(self) -> str:
        # The form's limits and its post counts are shared by the page's translations.
        return str(self.counting_page_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A page being previewed before its first save has no id yet, and nowhere to post.
        context["action_url"] = reverse("actions:submit", args=[self.pk]) if self.pk else ""
        return context

    def get_cached_paths(self) -> list[str]:
        """The page and its fixed routes (thank-you steps, an event's calendar file): caches
        keep each under its own address, so a change to the page purges them all. Routes that
        take a token are one reader's own and never shared."""
        routes = (str(url.pattern) for url in self.get_subpage_urls())
        return ["/", *sorted({f"/{route}" for route in routes if route and "<" not in route})]

    def route_action_url(self, route_name: str, args: tuple = ()) -> str:
        """Where a button on one of this page's routes posts: the route, reached through the
        actions endpoint (as the forms are), which takes posts from cached pages."""
        route = self.reverse_subpage(route_name, args=args)
        return reverse("actions:submit_route", args=[self.pk, route])

    def render_refusal(self, request) -> HttpResponse:
        """A post after the form closed: the page, with a notice saying nothing was saved."""
        response = self.render(request, context_overrides={"action_refused": True})
        response.status_code = 409
        return response

    def render_form(self, request, form, status: int = 400) -> HttpResponse:
        response = self.render(request, context_overrides={self.form_context_name: form})
        response.status_code = status
        return response

    @path("")
    def index_route(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_submission(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return super().index_route(request, *args, **kwargs)


class SharesTheAsk:
    """The share kit of an action's thank-you step (a petition, a letter, a call): the page's
    address with its prepared share text (else its ask, else its title) and hashtags."""

    def share_kit(self, request) -> dict:
        return build_share_kit(
            page_link(self, site_url(request)),
            self.share_text or self.ask or self.title,
            self.share_hashtags,
        )


def see_other(url: str) -> HttpResponseRedirect:
    """After a successful post: 303, so reloading the thank-you step never posts again."""
    return HttpResponseRedirect(url, status=303)
