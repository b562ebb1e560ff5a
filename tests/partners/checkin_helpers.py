"""Builders for the check-in and feedback tests: an event (upcoming or just ended), its
RSVPs, and the people who use the door screen."""

import datetime as dt

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from actions.models import RSVP
from actions.validation import normalise_email
from tests.actions.helpers import make_event


def ended_event(**fields):
    """An event that ended yesterday evening (within the feedback window)."""
    return make_event(start_date=timezone.localdate() - dt.timedelta(days=1), **fields)


def rsvp(event, name: str, email: str = "", **fields) -> RSVP:
    email = email or f"{name.split()[0].lower()}@example.org"
    return RSVP.objects.create(
        page=event, name=name, email=email, email_normalised=normalise_email(email), **fields
    )


def door_volunteer(django_user_model):
    """Holds only the admin and the narrower check-in permission: no supporter data."""
    user = django_user_model.objects.create_user("door", "door@example.org", "pw")
    group, _ = Group.objects.get_or_create(name="Door volunteers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="check_in_attendees"),
    )
    user.groups.add(group)
    return user
