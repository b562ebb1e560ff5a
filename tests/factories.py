"""Pages, snippets and images for tests that build what they need: each factory fills the
fields its model requires with plain values, so a test names only the fields its behaviour
depends on.

`XxxFactory(parent=page, ...)` adds a saved child (Wagtail's `add_child`, no revision);
`XxxFactory.build(...)` gives an unsaved page, for `publish` or `add_children_in_bulk`."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection
from wagtail_factories import PageFactory

from campaigns.models import (
    ActionToolkitPage,
    CallActionPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    Organisation,
    PetitionIndexPage,
    PetitionPage,
    Target,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    """A small PNG (drawn by Pillow) in the root collection, with the alt text editors must
    give. wagtail-factories' own would add a new root collection for every image."""

    title = factory.Sequence(lambda n: f"Photo {n}")
    description = "Marchers holding a banner outside the detention centre"
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=64, height=48, color="teal")


class TargetFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Official {n}")
    title = "Governor"
    jurisdiction = "California"

    class Meta:
        model = Target


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Coalition partner {n}")

    class Meta:
        model = Organisation


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


class DemandListPageFactory(PageFactory):
    title = "Our demands"
    demands = factory.LazyFunction(
        lambda: [{"type": "demand", "value": {"title": "End detention", "detail": ""}}]
    )

    class Meta:
        model = DemandListPage


class WeekOfActionPageFactory(PageFactory):
    title = "Week of action"
    start_date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=7))
    end_date = factory.LazyAttribute(lambda page: page.start_date + dt.timedelta(days=6))
    intro = "Seven days of action, one a day."

    class Meta:
        model = WeekOfActionPage


class ActionToolkitPageFactory(PageFactory):
    title = "Take action"
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Here is what you can do today.</p>"}]
    )

    class Meta:
        model = ActionToolkitPage


class CallActionPageFactory(PageFactory):
    title = "Call the sheriff"
    ask = "Call your sheriff: end transfers to ICE"
    script = "Hello, I live in the county. I am calling to ask {official} to end transfers to ICE."

    class Meta:
        model = CallActionPage
