from .calls import CallActionPage, CallTarget
from .campaign import CampaignPage
from .demands import DemandListPage
from .endorsements import EndorsementPage
from .events import EventCohost, EventIndexPage, EventPage
from .home import HomePage
from .letters import LetterActionPage, LetterTarget
from .petitions import (
    TARGETS_PREFETCH,
    PetitionIndexPage,
    PetitionMilestone,
    PetitionPage,
    PetitionPushDate,
    PetitionTarget,
)
from .snippets import Organisation, Target
from .toolkit import ActionToolkitPage
from .updates import UpdateIndexPage, UpdatePage, UpdatePageTag
from .week_of_action import WeekOfActionPage

__all__ = [
    "TARGETS_PREFETCH",
    "ActionToolkitPage",
    "CallActionPage",
    "CallTarget",
    "CampaignPage",
    "DemandListPage",
    "EndorsementPage",
    "EventCohost",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "LetterActionPage",
    "LetterTarget",
    "Organisation",
    "PetitionIndexPage",
    "PetitionMilestone",
    "PetitionPage",
    "PetitionPushDate",
    "PetitionTarget",
    "Target",
    "UpdateIndexPage",
    "UpdatePage",
    "UpdatePageTag",
    "WeekOfActionPage",
]
