"""The demo campaign a newcomer sees: complete, faithful to the seed content, loaded once."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from actions.models import Endorsement, PaperSignatures
from campaigns.models import (
    ActionToolkitPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventPage,
    PetitionMilestone,
    PetitionPage,
    Target,
    UpdatePage,
    WeekOfActionPage,
)
from demo import images as images_module
from home.models import SiteSettings, SocialLink

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

CURRENT_PETITIONS = {"bring-our-elders-home", "end-predatory-prison-phone-rates"}


def demo_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Page, Endorsement, PaperSignatures, SocialLink, PetitionMilestone, Target)
    } | {"images": get_image_model().objects.count()}


def test_loading_the_demo_again_duplicates_nothing(capsys):
    # The shared demo is English only (tests/conftest.py): the first load adds the Spanish.
    call_command("load_demo")
    capsys.readouterr()
    before = demo_counts()
    call_command("load_demo")
    assert "nothing added" in capsys.readouterr().out
    assert demo_counts() == before


def test_demo_has_the_seed_campaign():
    campaign = CampaignPage.objects.get()
    assert campaign.title == "Campaign to End Mass Incarceration, Deportations & Detention"
    updates = UpdatePage.objects.live()
    assert updates.count() >= 12
    clips = [u for u in updates if u.is_press_clip]
    assert [c.outlet for c in clips] == ["Austin American-Statesman"]
    assert clips[0].original_url.startswith("https://www.statesman.com/opinion/20200422/")
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


def test_demo_clips_the_captures_lost_the_link_of_are_quotes_with_their_source():
    for slug, outlet, author in [
        ("stanford-students-banner-homecoming", "Stanford Daily", "Julia Ingram"),
        ("nyc-pension-funds-private-prison-divestment", "Gotham Gazette", "Samir Khurshid"),
        ("activists-plan-adelanto-concert", "Victor Valley Daily Press", ""),
    ]:
        update = UpdatePage.objects.get(slug=slug)
        assert not update.is_press_clip
        assert (update.outlet, update.original_url) == ("", "")
        quote = update.body[0]
        assert quote.block_type == "quote"
        assert (quote.value["source"], quote.value["attribution"]) == (outlet, author)


def test_demo_updates_do_not_repeat_their_lede_in_the_text():
    for update in UpdatePage.objects.live():
        body_text = " ".join(
            str(block.value.get("text", "") if block.block_type == "quote" else block.value)
            for block in update.body
        )
        assert update.summary
        assert update.summary[:50] not in body_text, update.slug
        assert not update.excerpt or update.excerpt[:50] not in update.summary, update.slug


def test_demo_has_upcoming_events_and_an_open_petition_closing_in_the_coming_weeks():
    now = timezone.now()
    upcoming = EventPage.objects.live().filter(starts_at__gt=now)
    assert upcoming.count() >= 3
    assert all(event.rsvp_enabled for event in upcoming)
    closing = [p for p in PetitionPage.objects.live() if p.is_open and p.closes_at]
    assert closing
    assert all(now < p.closes_at < now + dt.timedelta(days=60) for p in closing)


def test_historical_petitions_are_closed_with_what_they_achieved():
    petitions = PetitionPage.objects.live()
    historical = petitions.exclude(slug__in=CURRENT_PETITIONS)
    assert historical.count() == 10
    for petition in historical:
        assert not petition.is_open, petition.slug
        assert petition.closes_at < dt.datetime(2021, 1, 2, tzinfo=dt.UTC), petition.slug
    delivered = petitions.get(slug="dhs-end-private-detention-contracts")
    assert delivered.signature_progress().count == 200000
    assert delivered.milestones.get().text == "Delivered 200,000 signatures to DHS"


def test_current_petitions_are_open_with_a_count_started_from_paper_signatures():
    current = [p for p in PetitionPage.objects.live() if p.is_open]
    assert {p.slug for p in current} == CURRENT_PETITIONS
    for petition in current:
        assert 0 < petition.signature_progress().count < petition.goal
        assert petition.paper_signatures.get().description


def test_demo_call_actions_have_a_fictional_number_to_tap():
    toolkit = ActionToolkitPage.objects.get()
    calls = [block.value for block in toolkit.body if block.block_type == "call"]
    assert len(calls) == 2
    for call in calls:
        assert re.fullmatch(r"\(555\) 555-01\d\d", call.phone_number)
        assert re.fullmatch(r"tel:55555501\d\d", call.tel_url)


def test_demo_site_settings_have_a_donate_link_and_social_links():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.donate_url.startswith("https://www.gofundme.com/f/etowah-freedom-fund")
    assert settings.donate_label == "Donate"  # short enough to share a phone header with Menu
    assert [link.network for link in settings.social_links.all()] == ["x"]
    assert "another social justice groups" not in settings.footer_text


def test_demo_images_are_flat_colour_art_with_no_lettering():
    """Lettering is drawn anti-aliased, in hundreds of shades (the old placeholders had over
    400); the posters are flat screen-print inks, four per picture."""
    images = get_image_model().objects.all()
    assert images.count() == 7
    for image in images:
        with image.open_file() as file:
            colours = PILImage.open(file).convert("RGB").getcolors(maxcolors=64)
        assert colours is not None and 3 <= len(colours) <= 4, image.title
        assert image.description.startswith("Poster art:")
    source = Path(images_module.__file__).read_text()
    assert "ImageFont" not in source
    assert ".text(" not in source
