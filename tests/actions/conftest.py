import pytest
from django.core.cache import cache

from campaigns.models import EndorsementPage, EventPage, PetitionPage

from .helpers import make_event, make_petition, make_statement


@pytest.fixture(autouse=True)
def fresh_cache():
    """Counts and rate limits live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def petition(db) -> PetitionPage:
    return make_petition()


@pytest.fixture
def event(db) -> EventPage:
    return make_event()


@pytest.fixture
def statement(db) -> EndorsementPage:
    return make_statement()
