from .campaign import CampaignPage
from .demands import DemandListPage
from .endorsements import EndorsementPage
from .events import EventIndexPage, EventPage
from .petitions import PetitionIndexPage, PetitionMilestone, PetitionPage, PetitionPushDate
from .snippets import Organisation, Target
from .toolkit import ActionToolkitPage
from .updates import UpdateIndexPage, UpdatePage, UpdatePageTag
from .week_of_action import WeekOfActionPage

__all__ = [
    "ActionToolkitPage",
    "CampaignPage",
    "DemandListPage",
    "EndorsementPage",
    "EventIndexPage",
    "EventPage",
    "Organisation",
    "PetitionIndexPage",
    "PetitionMilestone",
    "PetitionPage",
    "PetitionPushDate",
    "Target",
    "UpdateIndexPage",
    "UpdatePage",
    "UpdatePageTag",
    "WeekOfActionPage",
]
