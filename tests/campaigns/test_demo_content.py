"""The demo campaign a newcomer sees: complete, faithful to the seed content, loaded once."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from actions.models import Endorsement
from campaigns.models import (
    ActionToolkitPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventPage,
    PetitionPage,
    UpdatePage,
    WeekOfActionPage,
)

pytestmark = pytest.mark.django_db


def test_loading_the_demo_again_duplicates_nothing(capsys):
    before = (Page.objects.count(), Endorsement.objects.count())
    call_command("load_demo")
    assert "nothing added" in capsys.readouterr().out
    assert (Page.objects.count(), Endorsement.objects.count()) == before


def test_demo_has_the_seed_campaign():
    campaign = CampaignPage.objects.get()
    assert campaign.title == "Campaign to End Mass Incarceration, Deportations & Detention"
    updates = UpdatePage.objects.live()
    assert updates.count() >= 12
    clips = [u for u in updates if u.is_press_clip]
    assert {"Stanford Daily", "Victor Valley Daily Press"} <= {c.outlet for c in clips}
    report = updates.get(slug="state-of-black-immigrants-report")
    assert report.dateline == "New York, NY"
    assert report.date.isoformat() == "2016-09-29"


def test_demo_turns_glued_photo_names_into_captioned_images():
    update = UpdatePage.objects.get(slug="nyc-pension-funds-private-prison-divestment")
    image = update.listing_image
    assert image.caption == "Comptroller Stringer"
    assert image.credit == "@scottstringer"
    assert image.description  # alt text for screen readers
    for paragraph in UpdatePage.objects.values_list("summary", flat=True):
        assert "ENLACE-POSTER" not in paragraph
        assert not re.search(r"\bcoc-pd", paragraph)


def test_demo_petitions_are_addressed_to_named_officials():
    governor = PetitionPage.objects.get(slug="dignity-not-detention")
    assert governor.goal == 500
    assert [t.name for t in governor.targets] == ["Governor Brown"]
    assert PetitionPage.objects.filter(
        target_links__target__title__icontains="District Attorney"
    ).exists()
    assert PetitionPage.objects.filter(target_links__target__name__icontains="Congress").exists()
    delivered = PetitionPage.objects.get(slug="dhs-end-private-detention-contracts")
    assert delivered.milestones.get().text == "Delivered 200,000 signatures to DHS"


def test_demo_demand_lists_keep_their_numbering_and_target():
    national = DemandListPage.objects.get(slug="national-prison-strike-demands")
    assert national.style == "numbered"
    assert len(national.demands) == 10
    mayor = DemandListPage.objects.get(slug="justice-for-saheed-vassell-demands")
    assert mayor.style == "bulleted"
    assert mayor.target.title == "Mayor"


def test_demo_adelanto_event_is_on_20_october_2017_in_pacific_time():
    event = EventPage.objects.get(slug="schoolsnotprisons-adelanto")
    assert event.local_start.strftime("%Y-%m-%d %H:%M %Z") == "2017-10-20 17:00 PDT"
    assert event.venue_name == "Adelanto Stadium"
    assert event.hashtag == "#SchoolsNotPrisons"
    assert len(event.cohosts) == 6
    assert "All-Ages" in event.age_policy


def test_demo_week_of_action_and_toolkit():
    week = WeekOfActionPage.objects.get()
    assert week.title == "2016 Week of Action"
    programme = week.programme()
    assert len(programme) == 7
    assert any(day.events for day in programme)  # the DHS delivery on 28 September
    assert any(day.petitions for day in programme)
    toolkit = ActionToolkitPage.objects.get()
    kinds = [block.block_type for block in toolkit.body]
    assert {"sign", "donate", "call", "share"} <= set(kinds)


def test_demo_endorsers_are_grouped_national_first_then_by_state():
    page = EndorsementPage.objects.get()
    groups = page.endorser_groups()
    assert groups[0]["name"] == "National"
    assert len(groups[0]["endorsers"]) == 40
    states = [group["name"] for group in groups[1:]]
    assert states == sorted(states)
    assert "California Continued" not in states
    assert sum(len(g["endorsers"]) for g in groups) == 156
    california = next(g for g in groups if g["name"] == "California")["endorsers"]
    names = [e.organisation_name.casefold() for e in california]
    assert names == sorted(names)
