"""The event pages (page types with RSVPMixin), found by what they inherit: actions never
imports the campaign page types."""

from collections.abc import Iterator

from wagtail.models import Page, get_page_models

from .mixins import RSVPMixin


def event_models() -> list[type[Page]]:
    return [
        model
        for model in get_page_models()
        if issubclass(model, RSVPMixin) and not model._meta.abstract
    ]


def live_events(**filters) -> Iterator[Page]:
    """Live events of every type matching `filters` (fields every event has: `ends_at`,
    `starts_at`, `feedback_emails`), one of each translation set: its counting page's RSVPs
    are all of them (actions.pages)."""
    seen = set()
    for model in event_models():
        for page in model.objects.live().filter(**filters).order_by("starts_at"):
            if page.counting_page_id not in seen:
                seen.add(page.counting_page_id)
                yield page
