"""Editors create every page type through the Wagtail admin; what they typed is stored.

Each test reads the StreamField back: Wagtail drops unknown block names silently, so a test
that only checks the response would pass without checking anything."""

from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import (
    ActionToolkitPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    PetitionIndexPage,
    PetitionPage,
    Target,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)

NO_COMMENTS = {"comments": inline_formset([])}


def created(model, slug):
    return model.objects.get(slug=slug)


class AdminEditingTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePage.objects.get()
        self.campaign = self.home.add_child(
            instance=CampaignPage(title="Test campaign", slug="test-campaign", intro="<p>Hi</p>")
        )
        self.target = Target.objects.create(name="Governor Newsom", title="Governor")

    def test_editor_creates_a_campaign_with_body_blocks(self):
        data = nested_form_data(
            {
                "title": "Close Adelanto",
                "slug": "close-adelanto",
                "intro": rich_text("End detention in the desert."),
                "summary": "",
                "body": streamfield(
                    [
                        ("heading", {"text": "Why", "level": "h2"}),
                        ("paragraph", rich_text("Because people are caged.")),
                        ("statistic", {"number": "1,600", "label": "people held", "source": ""}),
                    ]
                ),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(self.home, CampaignPage, data)
        page = created(CampaignPage, "close-adelanto")
        assert [b.block_type for b in page.body] == ["heading", "paragraph", "statistic"]
        assert page.body[2].value["number"] == "1,600"

    def test_editor_creates_an_update_with_tags_and_a_quote(self):
        index = self.campaign.add_child(instance=UpdateIndexPage(title="News", slug="news"))
        data = nested_form_data(
            {
                "title": "Report released",
                "date": "2016-09-29",
                "dateline": "New York, NY",
                "byline": "",
                "summary": "A report.",
                "tags": "detention, reports",
                "outlet": "",
                "original_url": "",
                "excerpt": "",
                "body": streamfield(
                    [
                        (
                            "quote",
                            {"text": "Systemic racism.", "attribution": "Opal", "source": ""},
                        ),
                        ("paragraph", rich_text("Download the report.")),
                    ]
                ),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(index, UpdatePage, data)
        page = created(UpdatePage, "report-released")
        assert page.dateline == "New York, NY"
        assert sorted(t.name for t in page.tags.all()) == ["detention", "reports"]
        assert [b.block_type for b in page.body] == ["quote", "paragraph"]
        assert page.body[0].value["attribution"] == "Opal"

    def test_editor_turns_a_press_clip_into_an_update(self):
        index = self.campaign.add_child(instance=UpdateIndexPage(title="News", slug="news"))
        data = nested_form_data(
            {
                "title": "Students drop a banner",
                "date": "2017-10-16",
                "byline": "Julia Ingram",
                "summary": "",
                "tags": "",
                "outlet": "Stanford Daily",
                "original_url": "https://stanforddaily.com/banner",
                "excerpt": "Those were the words painted on a banner.",
                "body": streamfield([]),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(index, UpdatePage, data)
        page = created(UpdatePage, "students-drop-a-banner")
        assert page.is_press_clip
        assert page.listing_url == "https://stanforddaily.com/banner"

    def test_editor_builds_a_petition_with_a_demand_list(self):
        index = self.campaign.add_child(instance=PetitionIndexPage(title="Sign", slug="sign"))
        data = nested_form_data(
            {
                "title": "Sign SB 1289",
                "ask": "Make California say no to private detention",
                "summary": "",
                "goal": "500",
                "next_goal": "",
                "closes_at": "2026-12-31 23:00",
                "external_url": "",
                "external_platform": "",
                "share_text": "I signed",
                "share_hashtags": "#SB1289",
                "donate_url": "",
                "donate_text": "",
                "body": streamfield([("paragraph", rich_text("It is on the Governor's desk."))]),
                "demands": streamfield(
                    [
                        (
                            "demand_list",
                            {
                                "title": "Our demands",
                                "target": str(self.target.pk),
                                "style": "numbered",
                                "demands": streamfield(
                                    [
                                        ("item", {"title": "Sign the bill", "detail": ""}),
                                        ("item", {"title": "End contracts", "detail": "All"}),
                                    ]
                                ),
                            },
                        )
                    ]
                ),
                "milestones": inline_formset(
                    [
                        {
                            "date": "2016-09-28",
                            "kind": "delivery",
                            "text": "Delivered 200,000 signatures",
                        }
                    ]
                ),
                "push_dates": inline_formset([]),
                "target_links": inline_formset([{"target": str(self.target.pk)}]),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(index, PetitionPage, data)
        page = created(PetitionPage, "sign-sb-1289")
        assert page.goal == 500
        assert page.targets == [self.target]
        demand_list = page.demands[0].value
        assert [d["title"] for d in demand_list["demands"]] == ["Sign the bill", "End contracts"]
        assert demand_list["target"] == self.target
        milestone = page.milestones.get()
        assert (milestone.text, milestone.kind) == ("Delivered 200,000 signatures", "delivery")

    def test_editor_creates_an_event_in_the_venue_time_zone(self):
        index = self.campaign.add_child(instance=EventIndexPage(title="Events", slug="ev"))
        data = nested_form_data(
            {
                "title": "Concert in Adelanto",
                "start_date": "2017-10-20",
                "start_time": "17:00",
                "end_date": "",
                "end_time": "22:00",
                "time_zone": "America/Los_Angeles",
                "venue_name": "Adelanto Stadium",
                "address": "Adelanto, CA",
                "admission": "Free with RSVP",
                "age_policy": "All ages",
                "summary": "",
                "body": streamfield([]),
                "rsvp_enabled": "on",
                "capacity": "",
                "cohost_links": inline_formset([]),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(index, EventPage, data)
        page = created(EventPage, "concert-in-adelanto")
        assert page.starts_at.isoformat() == "2017-10-21T00:00:00+00:00"
        assert page.local_end.strftime("%H:%M %Z") == "22:00 PDT"
        assert "openstreetmap.org" in page.map_url

    def test_editor_creates_a_demand_list_page(self):
        data = nested_form_data(
            {
                "title": "Demands to the Mayor",
                "intro": "",
                "target": str(self.target.pk),
                "style": "bulleted",
                "summary": "",
                "demands": streamfield([("demand", {"title": "Fire the officers", "detail": ""})]),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(self.campaign, DemandListPage, data)
        page = created(DemandListPage, "demands-to-the-mayor")
        assert page.demands[0].value["title"] == "Fire the officers"

    def test_editor_plans_a_week_of_action_with_a_day_action(self):
        data = nested_form_data(
            {
                "title": "Week of action",
                "start_date": "2016-09-26",
                "end_date": "2016-10-02",
                "intro": "Seven days.",
                "summary": "",
                "body": streamfield([]),
                "day_actions": streamfield(
                    [
                        (
                            "day_action",
                            {
                                "day": "2016-09-27",
                                "action": {
                                    "title": "Call the Governor",
                                    "text": "",
                                    "image": "",
                                    "button_label": "Call",
                                    "link": {"page": "", "external_url": "https://ex.org"},
                                },
                            },
                        )
                    ]
                ),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(self.campaign, WeekOfActionPage, data)
        page = created(WeekOfActionPage, "week-of-action")
        tuesday = page.programme()[1]
        assert tuesday.actions[0].title == "Call the Governor"

    def test_editor_builds_a_toolkit_from_action_blocks(self):
        data = nested_form_data(
            {
                "title": "Toolkit",
                "intro": "",
                "summary": "",
                "body": streamfield(
                    [
                        (
                            "call",
                            {
                                "target": str(self.target.pk),
                                "phone": "(916) 445-2841",
                                "script": "Sign the bill.",
                                "hashtags": "#SB1289",
                            },
                        ),
                        (
                            "share",
                            {"text": "Read this", "hashtags": "#Free", "url": "https://ex.org/a"},
                        ),
                        (
                            "donate",
                            {
                                "fund_name": "Bail fund",
                                "text": "Bail",
                                "url": "https://ex.org/give",
                                "button_label": "Donate",
                            },
                        ),
                    ]
                ),
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(self.campaign, ActionToolkitPage, data)
        page = created(ActionToolkitPage, "toolkit")
        assert [b.block_type for b in page.body] == ["call", "share", "donate"]
        assert page.body[0].value.tel_url == "tel:9164452841"
        assert any("x.com" in link.url for link in page.body[1].value.links)

    def test_editor_creates_a_sign_on_statement(self):
        data = nested_form_data(
            {
                "title": "Protect immigrants",
                "statement": rich_text("Our organizations stand behind these policies."),
                "join_text": rich_text("Add your organisation."),
                "summary": "",
                **NO_COMMENTS,
            }
        )
        self.assertCanCreate(self.campaign, EndorsementPage, data)
        page = created(EndorsementPage, "protect-immigrants")
        assert "stand behind" in page.statement

    def test_update_index_and_event_index_can_be_created(self):
        for model, title in ((UpdateIndexPage, "Updates two"), (EventIndexPage, "Events two")):
            data = nested_form_data({"title": title, "intro": "", **NO_COMMENTS})
            self.assertCanCreate(self.campaign, model, data)
        assert Page.objects.filter(slug__in=["updates-two", "events-two"]).count() == 2

    def test_image_needs_alt_text_in_the_admin(self):
        form = get_image_form(get_image_model())(data={"title": "Banner", "description": ""})
        assert not form.is_valid()
        assert "description" in form.errors
