"""The partner widget: a page's action (a petition's signing form, an event's RSVP, a letter
to one's official) as a small standalone page that any site may show in an `<iframe>`, and
the public "Put this on your site" page with its code.

Addresses, as routes of the page itself (so a change to the page purges them with it):

- `widget/`: the ask, the live count or places left, and the form, in the page's language
  (`?lang=es` on the English widget shows the Spanish page's). The `partner` and `source` of
  its address are read as on any page (actions.sources): supporter_forms.js copies them from
  the frame's own address into the form's hidden fields, and without JavaScript the post's
  Referer (the frame's address) carries them. The page cache ignores both, so one cached copy
  serves every partner.
- `widget/thanks/` (a petition, a letter), `widget/going/` and `widget/waitlist/` (an event): the
  thank-you step, with "open the campaign site" in a new tab.
- `embed/`: "Put this petition on your site", a normal page of the site.

The form posts to the actions endpoint's `widget/` route (actions.views.submit), which
checks where the post came from exactly as for the main form (actions.origin: a post from
inside our frame is same-origin, whoever the parent page is), and runs the same limits,
honeypot and quick check (GuardedSubmission). Errors, refusals and the thank-you step are
drawn with the widget's template, so the reader never lands on the full site inside the frame.

Only the widget's responses may be framed (common.content_security.allow_partner_framing);
the widget reads and sets no cookie and shows nothing personal (no prefill), so a copy is the
same for every reader and is cached like a page."""

from datetime import datetime

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponseNotAllowed
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.routable_page.models import path

from actions.widget import embed_context
from common.content_security import allow_partner_framing
from common.links import page_link, site_url

from ..models import RSVP


def in_widget(request: HttpRequest) -> bool:
    return getattr(request, "in_widget", False)


class WidgetMixin:
    """Put before the action mixin in a page type's bases. Subclasses set `widget_template`
    and `widget_kind`, and route their thank-you steps through `widget_step`."""

    widget_template = ""
    # Which words the embed page uses: "petition", "event" or "letter".
    widget_kind = ""

    def widget_available(self) -> bool:
        """Whether this page has an action to embed (a petition signed elsewhere has not)."""
        return True

    def render(self, request, *args, template=None, context_overrides=None, **kwargs):
        # Inside the widget every step (the form again with errors, a refusal, the thank-you)
        # is drawn in the widget's layout, not the full page's.
        if in_widget(request) and template is None:
            template = self.widget_template
            context_overrides = {**self.widget_context(request), **(context_overrides or {})}
        return super().render(
            request, *args, template=template, context_overrides=context_overrides, **kwargs
        )

    def widget_context(self, request) -> dict:
        action_url = reverse("actions:submit_route", args=[self.pk, "widget/"])
        return {
            "widget_action_url": action_url,
            "widget_site_url": page_link(self, site_url(request)),
            # What the shared form templates post to and look officials up at.
            "action_url": action_url,
            "find_url": self.url + self.reverse_subpage("widget"),
        }

    def widget_step(self, request) -> None:
        """Mark `request` as the widget's: its responses use the widget's layout."""
        if not self.widget_available():
            raise Http404("This page has nothing to embed.")
        request.in_widget = True

    def widget_translation(self, language: str):
        """This page's live translation in `language`, or None."""
        if language not in dict(settings.LANGUAGES) or language == self.page_language:
            return None
        found = (
            self.get_translations().live().public().filter(locale__language_code=language).first()
        )
        return found.specific if found else None

    @path("widget/", name="widget")
    def widget(self, request):
        self.widget_step(request)
        if request.method == "POST":
            return allow_partner_framing(self.serve_submission(request))
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        # `?lang=es`: the Spanish page's widget, at this address, so that the address keeps
        # the partner and source the form reads from it (the page cache skips such a query;
        # the codes we hand out name the Spanish page's own widget instead).
        other = self.widget_translation(request.GET.get("lang", ""))
        if other is not None:
            other.widget_step(request)
            with translation.override(other.page_language):
                response = other.render(request)
                response.render()
            response["Content-Language"] = other.page_language
            return allow_partner_framing(response)
        return allow_partner_framing(self.render(request))

    @path("embed/", name="embed")
    def embed_page(self, request):
        """The public page "Put this petition on your site": the code, in either language,
        and a live preview."""
        if not self.widget_available():
            raise Http404("This page has nothing to embed.")
        return self.render(
            request,
            template="actions/widget/embed_page.html",
            context_overrides=embed_context(self, request),
        )


class PetitionWidgetMixin(WidgetMixin):
    """The petition's widget: the ask, the count against the goal, the signing form."""

    widget_template = "actions/widget/petition.html"
    widget_kind = "petition"

    def widget_available(self) -> bool:
        return not self.is_external

    def get_thank_you_url(self, request) -> str:
        if in_widget(request):
            return self.url + self.reverse_subpage("widget_thank_you") + "#thank-you"
        return super().get_thank_you_url(request)

    @path("widget/thanks/", name="widget_thank_you")
    def widget_thank_you(self, request):
        self.widget_step(request)
        return allow_partner_framing(self.render_thank_you(request))


class RSVPWidgetMixin(WidgetMixin):
    """The event's widget: when and where, the places left, the RSVP form."""

    widget_template = "actions/widget/rsvp.html"
    widget_kind = "event"

    def widget_available(self) -> bool:
        return self.rsvp_enabled

    def get_thank_you_url(
        self, request, status: str = RSVP.Status.GOING, occurrence: datetime | None = None
    ) -> str:
        if in_widget(request):
            route = "widget_going" if status == RSVP.Status.GOING else "widget_waitlist"
            # A repeating event's step names the date, as on the page (RSVPMixin).
            return (
                self.url + self.reverse_subpage(route) + self.date_query(occurrence) + "#rsvp-done"
            )
        return super().get_thank_you_url(request, status, occurrence)

    @path("widget/going/", name="widget_going")
    def widget_going(self, request):
        self.widget_step(request)
        return allow_partner_framing(self.render_thank_you(request, RSVP.Status.GOING))

    @path("widget/waitlist/", name="widget_waitlist")
    def widget_waitlist(self, request):
        self.widget_step(request)
        return allow_partner_framing(self.render_thank_you(request, RSVP.Status.WAITLIST))


class LetterWidgetMixin(WidgetMixin):
    """The letter action's widget: the ask, the letters so far, the ZIP code look-up and the
    letter form (the page's own, posting and looking up inside the widget)."""

    widget_template = "actions/widget/letter.html"
    widget_kind = "letter"

    def thank_you_path(self, request) -> str:
        if in_widget(request):
            return self.url + self.reverse_subpage("widget_thank_you")
        return super().thank_you_path(request)

    @path("widget/thanks/", name="widget_thank_you")
    def widget_thank_you(self, request):
        self.widget_step(request)
        return allow_partner_framing(self.render_thank_you(request))
