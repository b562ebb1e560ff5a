"""Letter actions for the letter tests: officials who serve a place, a published action
addressed to them, and what a reader posts."""

from campaigns.models import HomePage, LetterActionPage, LetterTarget, Target
from tests.factories import TargetFactory
from tests.helpers import publish

LETTER = "Dear Sheriff,\n\nPlease stop handing our neighbours to ICE.\n\nThank you."
SUBJECT = "End ICE transfers from our jails"


def sheriff(**fields) -> Target:
    """San Mateo County's Sheriff, whose office takes email."""
    defaults = {
        "name": "Carlos Bolanos",
        "title": "Sheriff",
        "jurisdiction": "San Mateo County, CA",
        "level": Target.Level.COUNTY,
        "state": "CA",
        "county": "San Mateo County",
        "email": "sheriff@example.org",
    }
    return TargetFactory(**{**defaults, **fields})


def governor(**fields) -> Target:
    defaults = {
        "name": "Jerry Brown",
        "title": "Governor",
        "jurisdiction": "California",
        "level": Target.Level.STATE,
        "state": "CA",
        "email": "governor@example.org",
    }
    return TargetFactory(**{**defaults, **fields})


def district_attorney(**fields) -> Target:
    """Mobile County's District Attorney, whose office takes no email: letters by hand."""
    defaults = {
        "name": "Ashley Rich",
        "title": "District Attorney",
        "jurisdiction": "Mobile County, AL",
        "level": Target.Level.COUNTY,
        "state": "AL",
        "county": "Mobile County",
        "email": "",
    }
    return TargetFactory(**{**defaults, **fields})


def make_letter_action(targets: list[Target], fallback: Target | None = None, **fields):
    defaults = {
        "title": "Write to your Sheriff",
        "slug": "write-to-your-sheriff",
        "ask": "Tell your Sheriff: no more ICE transfers",
        "subject": SUBJECT,
        "letter": LETTER,
        "share_text": "I wrote to my Sheriff: no more ICE transfers",
        "share_hashtags": "#ICEoutofSMC",
    }
    page = LetterActionPage(
        **{**defaults, **fields},
        fallback_target=fallback,
        target_links=[LetterTarget(target=target) for target in targets],
    )
    return publish(HomePage.objects.get(), page)


def writer(target: Target | None = None, **overrides) -> dict:
    """What the letter form posts for a reader in San Mateo (94401)."""
    return {
        "first_name": "Ana",
        "last_name": "Reyes",
        "email": "ana.reyes@example.org",
        "postcode": "94401",
        "county": "",
        "target": str(target.pk) if target else "",
        "subject": SUBJECT,
        "body": LETTER,
        **overrides,
    }
