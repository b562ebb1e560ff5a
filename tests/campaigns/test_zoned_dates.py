"""A petition's closing date reads in the campaign's zone, naming it, whichever zone happens to
be active while the page renders: the same `zoned` filter the admin's dates use."""

import datetime as dt

import pytest
from django.utils import timezone

from campaigns.models import PetitionPage
from tests.actions.helpers import make_petition

pytestmark = pytest.mark.django_db

# 23:30 in Los Angeles on 3 March 2031 (PST), already 4 March in Berlin and in UTC.
CLOSES_AT = dt.datetime(2031, 3, 4, 7, 30, tzinfo=dt.UTC)


@pytest.fixture
def petition() -> PetitionPage:
    """A published petition signed on this site, in a petition index."""
    return make_petition(closes_at=CLOSES_AT)


def test_petition_page_names_the_campaign_zone_for_its_closing_time(client, petition):
    with timezone.override("Europe/Berlin"):
        html = client.get(petition.url).content.decode()
    assert "Signing closes" in html
    assert "3 March 2031, 11:30 PM PST" in html
    assert "4 March 2031" not in html


def test_petition_card_shows_the_closing_day_in_the_campaign_zone(client, petition):
    index = petition.get_parent()
    with timezone.override("Europe/Berlin"):
        html = client.get(index.url).content.decode()
    assert "Signing closes 3 March 2031" in html
