"""Pages for tests that build what they need: each factory fills the fields its page type
requires with plain values, so a test names only the fields its behaviour depends on.

`XxxFactory(parent=page, ...)` adds a saved child (Wagtail's `add_child`, no revision);
`XxxFactory.build(...)` gives an unsaved page, for `publish` or `add_children_in_bulk`."""

import datetime as dt

import factory
from django.utils import timezone
from wagtail_factories import PageFactory

from campaigns.models import (
    CampaignPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    PetitionIndexPage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
)


class CampaignPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    intro = "<p>What this campaign wants.</p>"

    class Meta:
        model = CampaignPage


class UpdateIndexPageFactory(PageFactory):
    title = "News"

    class Meta:
        model = UpdateIndexPage


class EventIndexPageFactory(PageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class PetitionIndexPageFactory(PageFactory):
    title = "Petitions"

    class Meta:
        model = PetitionIndexPage


class UpdatePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Update {n}")
    date = dt.date(2020, 1, 1)

    class Meta:
        model = UpdatePage


class PetitionPageFactory(PageFactory):
    title = "Free them all"
    ask = "Release everyone held at Adelanto"

    class Meta:
        model = PetitionPage


class EventPageFactory(PageFactory):
    title = "Vigil at Adelanto"
    start_date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=10))
    time_zone = "America/Los_Angeles"

    class Meta:
        model = EventPage


class EndorsementPageFactory(PageFactory):
    title = "Stand with immigrant families"
    statement = "<p>We stand with immigrant families.</p>"

    class Meta:
        model = EndorsementPage
