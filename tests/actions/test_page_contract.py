"""The page types provide everything the action mixins read from them (actions/contracts.py),
so renaming a field on a petition, event or statement fails here rather than when a reader
posts the form; and retention and the goal cache find exactly the pages they should."""

from typing import Protocol

import pytest

from actions import contracts
from actions.contracts import HasGoal, HoldsSupporterData
from actions.services.retention import pages_with_supporter_data
from campaigns.models import (
    CampaignPage,
    EndorsementPage,
    EventPage,
    LetterActionPage,
    PetitionPage,
    UpdatePage,
)


def contract_members(protocol: type) -> set[str]:
    """The names a protocol asks for: its annotated attributes, properties and methods,
    including those of the protocols it extends."""
    names: set[str] = set()
    for klass in protocol.__mro__:
        if klass in (Protocol, object) or not getattr(klass, "_is_protocol", False):
            continue
        names.update(getattr(klass, "__annotations__", {}))
        names.update(name for name in vars(klass) if not name.startswith("_"))
    return names


@pytest.mark.parametrize(
    ("page_type", "contract"),
    [
        (PetitionPage, contracts.PetitionPageContract),
        (EventPage, contracts.EventPageContract),
        (EndorsementPage, contracts.EndorsementPageContract),
        (LetterActionPage, contracts.LetterPageContract),
    ],
)
def test_each_action_page_type_provides_what_its_mixin_reads(page_type, contract):
    members = contract_members(contract)
    assert {"title", "url", "pk", "render"} <= members
    missing = sorted(name for name in members if not hasattr(page_type, name))
    assert missing == [], f"{page_type.__name__} lacks {missing}"


def test_the_contracts_name_what_the_mixins_document():
    assert {"goal", "next_goal", "closes_at", "is_open", "is_external"} <= contract_members(
        contracts.PetitionPageContract
    )
    assert {"starts_at", "ends_at", "capacity", "rsvp_enabled", "zone"} <= contract_members(
        contracts.EventPageContract
    )


@pytest.mark.django_db  # a new page looks up the default locale
def test_only_petitions_count_toward_a_goal():
    assert isinstance(PetitionPage(title="Fund the clinic", goal=500), HasGoal)
    for other in (EventPage(title="Vigil"), EndorsementPage(title="Sign on"), UpdatePage()):
        assert not isinstance(other, HasGoal)


def test_petitions_and_events_hold_supporter_data_and_statements_do_not():
    assert issubclass(PetitionPage, HoldsSupporterData)
    assert issubclass(EventPage, HoldsSupporterData)
    assert not issubclass(EndorsementPage, HoldsSupporterData)
    assert not issubclass(CampaignPage, HoldsSupporterData)
    assert issubclass(LetterActionPage, HoldsSupporterData)


def test_retention_looks_at_every_petition_and_event_and_nothing_else(petition, event, statement):
    pages = list(pages_with_supporter_data())
    assert {petition.pk, event.pk} <= {page.pk for page in pages}
    assert statement.pk not in {page.pk for page in pages}
    assert {type(page) for page in pages} == {PetitionPage, EventPage}
    assert PetitionPage.objects.count() + EventPage.objects.count() == len(pages)
