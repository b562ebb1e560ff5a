"""Every confirmation leads somewhere: after an RSVP, add it to a calendar and share the
event; after an endorsement, see who is already listed and where to link to."""

import pytest

from actions.models import Endorsement

from .helpers import attendee
from .test_endorsements import organisation

pytestmark = pytest.mark.django_db


def test_rsvp_confirmation_offers_the_calendar_and_the_share_kit_for_the_event(client, event):
    event.hashtag = "#SchoolsNotPrisons"
    event.save_revision().publish()

    response = client.post(event.url, attendee(), follow=True)

    html = response.content.decode()
    thanks = html.split('id="rsvp-done"')[1].split("</section>")[0]
    assert "You have a place" in thanks
    assert f'href="{event.url}calendar/"' in thanks
    assert "Now bring someone: share the event" in thanks
    weekday = event.local_start.strftime("%A")
    assert f"I&#x27;m going to Vigil at Adelanto on {weekday}" in thanks
    assert "https://x.com/intent/post?" in thanks
    assert "SchoolsNotPrisons" in thanks
    assert f"http://testserver{event.url}" in thanks


def test_waitlist_confirmation_also_offers_the_share_kit(client, event):
    event.capacity = 1
    event.save_revision().publish()
    client.post(event.url, attendee(email="first@example.org"))

    html = client.post(event.url, attendee(), follow=True).content.decode()

    assert "You are on the waitlist" in html
    assert "share-kit" in html.split('id="rsvp-done"')[1]


def test_endorsement_confirmation_links_to_the_list_of_endorsers(client, statement):
    Endorsement.objects.create(
        page=statement, organisation_name="Already Listed", status=Endorsement.Status.APPROVED
    )

    html = client.post(statement.url, organisation(), follow=True).content.decode()

    thanks = html.split('id="endorse-done"')[1].split("</div>")[0]
    assert 'href="#endorsers-heading"' in thanks
    assert "See the 1 organisation already listed" in thanks
    assert f"http://testserver{statement.url}#endorsers-heading" in thanks
    assert 'id="endorsers-heading"' in html


def test_first_endorser_is_not_sent_to_an_empty_list(client, statement):
    html = client.post(statement.url, organisation(), follow=True).content.decode()

    thanks = html.split('id="endorse-done"')[1].split("</div>")[0]
    assert "already listed" not in thanks
    assert "link to the list from your own website" in thanks
