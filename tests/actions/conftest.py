import pytest
from django.contrib.auth.models import Group, Permission

from campaigns.models import EndorsementPage, EventPage, PetitionPage

from .helpers import make_event, make_petition, make_statement


@pytest.fixture
def petition(db) -> PetitionPage:
    return make_petition()


@pytest.fixture
def event(db) -> EventPage:
    return make_event()


@pytest.fixture
def statement(db) -> EndorsementPage:
    return make_statement()


@pytest.fixture
def comms_staff(django_user_model):
    """Uses the admin, but holds no supporter-data permission."""
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    group, _ = Group.objects.get_or_create(name="Comms staff")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def data_steward(django_user_model):
    user = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    user.groups.add(Group.objects.get(name="Data stewards"))
    return user
