"""Builders for the tests of telling signers what happened: a petition with a milestone and a
Spanish translation, signers in every state an update must tell apart, and staff."""

import datetime as dt

from django.contrib.auth.models import Group
from django.utils import timezone

from actions.models import Moderation, Signature
from actions.services.updates import unsubscribe
from actions.validation import email_domain, normalise_email
from campaigns.models import PetitionPage
from campaigns.models.petitions import PetitionMilestone
from tests.actions.helpers import make_petition
from tests.i18n.spanish import translate


def petition_with_milestone(**fields) -> PetitionPage:
    petition = make_petition(title="Free them all", **fields)
    petition.milestones.add(
        PetitionMilestone(
            date=dt.date(2026, 11, 20),
            kind=PetitionMilestone.Kind.DELIVERY,
            text="Delivered 2,000 signatures to the county",
            message="We handed in your 2,000 names at the county board this morning.",
        )
    )
    petition.save_revision().publish()
    petition.refresh_from_db()
    translate(petition, title="Libérenlos a todos", slug="liberenlos")
    return petition


def add_milestone(petition: PetitionPage, text: str) -> PetitionMilestone:
    petition.milestones.add(
        PetitionMilestone(date=dt.date(2026, 11, 30), kind="response", text=text)
    )
    petition.save_revision().publish()
    return PetitionMilestone.objects.get(page=petition, text=text)


def sign(petition, email: str, *, language="en", opt_in=True, **fields) -> Signature:
    now = timezone.now()
    values = {
        "page": petition,
        "first_name": email.split("@")[0].capitalize(),
        "last_name": "Signer",
        "email": email,
        "email_normalised": normalise_email(email),
        "email_domain": email_domain(email),
        "opt_in": opt_in,
        "language": language,
        "created_at": now - dt.timedelta(hours=1),
        "confirmed_at": now - dt.timedelta(hours=1),
        "moderation": Moderation.COUNTED,
        **fields,
    }
    return Signature.objects.create(**values)


def signers(petition) -> dict[str, Signature]:
    """One signer in each situation: two who get updates (English, Spanish), and five who
    must not."""
    made = {
        "ana": sign(petition, "ana@example.org"),
        "luis": sign(petition, "luis@example.net", language="es"),
        "quiet": sign(petition, "quiet@example.org", opt_in=False),
        "held": sign(petition, "held@example.org", moderation=Moderation.HELD),
        "unconfirmed": sign(petition, "unconfirmed@example.org", confirmed_at=None),
        "erased": sign(petition, "erased@example.org", anonymised_at=timezone.now()),
        "stopped": sign(petition, "stopped@example.org"),
    }
    unsubscribe(made["stopped"])
    return made


def staff(django_user_model, username: str, group: str):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user
