"""Allowed parents and children keep the page tree hard to get wrong."""

from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import (
    ActionToolkitPage,
    CallActionPage,
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    LetterActionPage,
    PetitionIndexPage,
    PetitionPage,
    UpdateIndexPage,
    UpdatePage,
    WeekOfActionPage,
)


class PageTreeTests(WagtailPageTestCase):
    def test_campaigns_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage})

    def test_campaign_holds_its_sections(self):
        self.assertAllowedSubpageTypes(
            CampaignPage,
            {
                UpdateIndexPage,
                PetitionIndexPage,
                EventIndexPage,
                DemandListPage,
                WeekOfActionPage,
                ActionToolkitPage,
                EndorsementPage,
                LetterActionPage,
                CallActionPage,
            },
        )

    def test_updates_live_only_under_an_update_index(self):
        self.assertAllowedParentPageTypes(UpdatePage, {UpdateIndexPage})
        self.assertAllowedSubpageTypes(UpdateIndexPage, {UpdatePage})
        self.assertAllowedSubpageTypes(UpdatePage, set())

    def test_events_live_only_under_an_event_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_petitions_live_only_under_a_petition_index(self):
        self.assertAllowedParentPageTypes(PetitionPage, {PetitionIndexPage})
        self.assertAllowedSubpageTypes(PetitionIndexPage, {PetitionPage})

    def test_week_of_action_and_demands_belong_to_a_campaign(self):
        self.assertAllowedParentPageTypes(WeekOfActionPage, {CampaignPage})
        self.assertAllowedParentPageTypes(DemandListPage, {CampaignPage})

    def test_nothing_can_be_created_under_leaf_pages(self):
        for leaf in (UpdatePage, EventPage, PetitionPage, DemandListPage, WeekOfActionPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_letter_actions_belong_to_a_campaign_or_the_home_page(self):
        self.assertAllowedParentPageTypes(LetterActionPage, {CampaignPage, HomePage})
        self.assertAllowedSubpageTypes(LetterActionPage, set())
        self.assertAllowedParentPageTypes(CallActionPage, {CampaignPage, HomePage})
        self.assertAllowedSubpageTypes(CallActionPage, set())
