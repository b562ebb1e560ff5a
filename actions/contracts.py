"""What a page type must provide to take action, written as protocols.

The mixins in actions.mixins supply the forms, routes and thank-you steps; the page type that
inherits one supplies the content these protocols name (fields, properties or methods). The
services take pages typed by them, and tests/actions/test_page_contract.py checks the real page
types against them, so a renamed field fails a test instead of a reader's form post.

`HoldsSupporterData` and `HasGoal` are checked at run time: retention and the goal cache find
the pages they serve by what the page provides, without importing the mixins above them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo


class ActionPage(Protocol):
    """Every page that takes a form post (SubmissionMixin): Wagtail's Page and
    RoutablePageMixin provide all of it."""

    pk: int | None
    title: str
    slug: str
    # SubmissionMixin's: the page the records of this page and its translations are stored
    # against (actions.pages), and this page's language.
    counting_page_id: int
    page_language: str

    @property
    def url(self) -> str | None: ...

    def get_url(self, request: Any = None) -> str | None: ...

    def render(self, request: Any, *args: Any, **kwargs: Any) -> Any: ...

    def reverse_subpage(self, name: str, args: Any = None, kwargs: Any = None) -> str: ...


@runtime_checkable
class HoldsSupporterData(Protocol):
    """A page whose supporters' details are erased once they are no longer needed."""

    def supporter_data_ends_at(self) -> datetime | None: ...


@runtime_checkable
class HasGoal(Protocol):
    """A page whose signatures count toward a goal."""

    goal: int
    next_goal: int | None


class PetitionPageContract(ActionPage, HasGoal, Protocol):
    """What SignablePetitionMixin and its templates read from a petition page."""

    ask: str
    share_text: str
    share_hashtags: str
    donate_url: str
    donate_text: str
    closes_at: datetime | None
    is_closed: bool
    last_published_at: datetime | None

    @property
    def is_open(self) -> bool: ...

    @property
    def is_external(self) -> bool: ...


class EventPageContract(ActionPage, Protocol):
    """What RSVPMixin, the RSVP services and their templates read from an event page."""

    rsvp_enabled: bool
    capacity: int | None
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    venue_name: str
    address: str
    online_url: str
    time_zone: str
    summary: str
    hashtag: str
    # Whether attendees are emailed the feedback form after the event (actions.services.checkin).
    feedback_emails: bool

    @property
    def zone(self) -> ZoneInfo: ...

    @property
    def local_start(self) -> datetime: ...

    @property
    def local_end(self) -> datetime: ...

    # A repeating event's dates (campaigns.models.events): one (start, end) for a one-off.
    @property
    def repeats(self) -> bool: ...

    def occurrences(self) -> list[tuple[datetime, datetime]]: ...

    def upcoming_occurrences(self, now: datetime | None = None) -> list[tuple]: ...

    def open_occurrences(self, now: datetime | None = None) -> list[tuple]: ...

    def occurrence_on(self, day) -> tuple[datetime, datetime] | None: ...

    def occurrence_times(self, start: datetime) -> tuple[datetime, datetime]: ...

    def date_query(self, occurrence: datetime | None) -> str: ...

    def compute_times(self) -> tuple[datetime, datetime]: ...

    def calendar_rule(self) -> tuple[dict, list[datetime]] | None: ...
    # The zone as editors pick it ("Pacific (Los Angeles, Seattle)"), for emails.
    def get_time_zone_display(self) -> str: ...


class EndorsementPageContract(ActionPage, Protocol):
    """What EndorsableMixin reads from a sign-on statement: no more than any action page."""


class LetterPageContract(ActionPage, Protocol):
    """What LetterMixin, the letter services and their templates read from a letter action:
    the editor's letter and limits, and the officials it may reach (ReachOfficialsMixin)."""

    ask: str
    subject: str
    letter: str
    letter_editable: bool
    max_letter_length: int
    daily_cap: int
    is_closed: bool
    thank_you_text: str
    share_text: str
    share_hashtags: str
    fallback_target: Any
    last_published_at: datetime | None

    @property
    def official_targets(self) -> list: ...

    def look_up_officials(self, params: Any) -> Any: ...
