"""What a data steward does about a flood: the trending view (stewards only), bulk release
and reject, the dashboard panel, per-form limits changed in the admin, and the duplicate
re-send rules that keep strangers from making the site email someone."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from actions.abuse import address_hash
from actions.models import RSVP, FormLimits, Moderation, Signature
from actions.services.counts import signature_count
from actions.services.rsvps import places_left

from .abuse_helpers import set_limits
from .helpers import attendee, make_petition, signer

pytestmark = pytest.mark.django_db
FLOOD = "198.51.100.66"


def flood(page, n: int, address: str = FLOOD, start: int = 0):
    for i in range(start, start + n):
        Client().post(
            f"/actions/pages/{page.pk}/submit/",
            signer(email=f"f{i}@flood.example"),
            REMOTE_ADDR=address,
        )


def test_trending_view_is_for_data_stewards_only(client, comms_staff, data_steward):
    client.force_login(comms_staff)
    assert client.get("/admin/supporters/trending/").status_code == 403
    assert (
        client.get("/admin/supporters/trending/decide/?by=domain&key=x&d=hold").status_code == 403
    )
    client.force_login(data_steward)
    assert client.get("/admin/supporters/trending/").status_code == 200


def test_trending_shows_connections_as_codes_and_domains_with_their_counts(
    client, data_steward, petition
):
    set_limits(burst=3)
    flood(petition, 5)
    client.force_login(data_steward)

    html = client.get("/admin/supporters/trending/").content.decode()

    code = address_hash(FLOOD)[:8]
    assert f"<code>{code}</code>" in html and FLOOD not in html
    assert "flood.example" in html
    assert "<td>5</td><td>3</td><td>2</td><td>0</td>" in html
    assert petition.title in html  # the held queue


def test_a_flood_released_in_bulk_counts_and_gets_its_emails(client, data_steward, petition):
    set_limits(burst=3)
    flood(petition, 6)
    assert signature_count(petition.pk) == 3 and len(mail.outbox) == 3
    client.force_login(data_steward)
    url = f"/admin/supporters/trending/decide/?by=address&key={address_hash(FLOOD)}&d=release"

    confirm = client.get(url)
    assert confirm.status_code == 200 and "They count at once" in confirm.content.decode()
    done = client.post(
        "/admin/supporters/trending/decide/",
        {"by": "address", "key": address_hash(FLOOD), "d": "release"},
        follow=True,
    )

    assert "3 posts released" in done.content.decode()
    assert not Signature.objects.exclude(moderation=Moderation.COUNTED).exists()
    assert signature_count(petition.pk) == 6
    assert len(mail.outbox) == 6


def test_rejecting_a_domain_stops_its_posts_counting_and_a_form_queue_can_be_rejected(
    client, data_steward, petition
):
    set_limits(burst=2)
    flood(petition, 4)
    client.force_login(data_steward)

    client.post(
        "/admin/supporters/trending/decide/",
        {"by": "domain", "key": "flood.example", "d": "reject"},
    )
    assert signature_count(petition.pk) == 0
    assert Signature.objects.filter(moderation=Moderation.REJECTED).count() == 4

    client.post(
        "/admin/supporters/trending/decide/",
        {"by": "form", "key": str(petition.pk), "d": "release"},
    )
    assert signature_count(petition.pk) == 4


def test_the_decision_needs_a_post_with_the_csrf_token(data_steward, petition):
    set_limits(burst=1)
    flood(petition, 2)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(data_steward)
    response = browser.post(
        "/admin/supporters/trending/decide/",
        {"by": "form", "key": str(petition.pk), "d": "release"},
    )
    assert response.status_code == 403
    assert Signature.objects.filter(moderation=Moderation.HELD).count() == 1


def test_holding_an_rsvp_frees_its_place_and_release_seats_it_again(client, data_steward, event):
    Client().post(event.url, attendee(email="a@example.org", guests="2"), REMOTE_ADDR=FLOOD)
    assert places_left(event) == 0
    client.force_login(data_steward)
    hold = {"by": "address", "key": address_hash(FLOOD), "d": "hold"}

    client.post("/admin/supporters/trending/decide/", hold)
    assert places_left(event) == 3

    client.post("/admin/supporters/trending/decide/", {**hold, "d": "release"})
    assert places_left(event) == 0
    assert RSVP.objects.get().status == RSVP.Status.GOING


def test_the_dashboard_panel_shows_stewards_held_posts(client, data_steward, comms_staff, petition):
    client.force_login(data_steward)
    assert "Posts that need a data steward" not in client.get("/admin/").content.decode()
    set_limits(burst=1)
    flood(petition, 3)

    html = client.get("/admin/").content.decode()
    assert "Posts that need a data steward" in html
    assert "<strong>2</strong> posts are held" in html
    client.force_login(comms_staff)
    assert "Posts that need a data steward" not in client.get("/admin/").content.decode()


def test_a_per_form_limit_changed_in_the_admin_takes_effect_at_once(
    client, data_steward, petition, django_capture_on_commit_callbacks
):
    other = make_petition(title="Close Adelanto", slug="close-adelanto")
    client.force_login(data_steward)
    form = {
        "burst_per_minute": "60",
        "sustained_per_hour": "300",
        "ceiling_per_minute": "3000",
        "domain_per_hour": "500",
        "overrides-TOTAL_FORMS": "1",
        "overrides-INITIAL_FORMS": "0",
        "overrides-MIN_NUM_FORMS": "0",
        "overrides-MAX_NUM_FORMS": "1000",
        "overrides-0-page": str(petition.pk),
        "overrides-0-burst_per_minute": "2",
        "overrides-0-sustained_per_hour": "",
        "overrides-0-ceiling_per_minute": "",
        "overrides-0-ORDER": "1",
        "overrides-0-id": "",
        "overrides-0-DELETE": "",
    }
    flood(petition, 1)  # the rules are now cached, as on a busy site
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(f"/admin/settings/actions/formlimits/{FormLimits.load().pk}/", form)
    assert saved.status_code == 302

    flood(petition, 3, start=1)
    flood(other, 3, start=10)

    assert Signature.objects.filter(page=petition, moderation=Moderation.HELD).count() == 2
    assert not Signature.objects.filter(page=other, moderation=Moderation.HELD).exists()


def test_only_data_stewards_edit_the_form_limits(client, comms_staff, data_steward):
    url = f"/admin/settings/actions/formlimits/{FormLimits.load().pk}/"
    client.force_login(comms_staff)
    refused = client.get(url)
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    client.force_login(data_steward)
    page = client.get(url)
    assert page.status_code == 200
    assert "Posts beyond the limits below are still" in page.content.decode()


def test_a_duplicate_rsvp_reminds_the_attendee_at_most_once_a_day(event):
    Client().post(event.url, attendee())
    for _ in range(5):
        Client().post(event.url, attendee(email="LUIS+again@example.org"))
    assert len(mail.outbox) == 1  # only the first RSVP's own email

    RSVP.objects.update(last_emailed_at=timezone.now() - timedelta(days=2))
    for _ in range(3):
        Client().post(event.url, attendee())
    assert [m.subject for m in mail.outbox[1:]] == [f"Your RSVP: {event.title}"]


def test_signing_again_unconfirmed_sends_a_new_link_at_most_once_a_day():
    petition = make_petition(require_confirmation=True)
    Client().post(petition.url, signer())
    assert mail.outbox[0].subject.startswith("Confirm your signature")

    Client().post(petition.url, signer())
    assert len(mail.outbox) == 1  # a link went out less than a day ago

    Signature.objects.update(last_emailed_at=timezone.now() - timedelta(days=2))
    for _ in range(3):
        again = Client().post(petition.url, signer())
    assert again["Location"] == petition.url + "thank-you/#thank-you"
    assert [m.subject for m in mail.outbox][1:] == [f"Confirm your signature: {petition.title}"]
    assert "/confirm/" in mail.outbox[1].body


def test_a_confirmed_signer_signing_again_is_not_emailed():
    petition = make_petition(require_confirmation=True)
    Client().post(petition.url, signer())
    Signature.objects.update(
        confirmed_at=timezone.now(), last_emailed_at=timezone.now() - timedelta(days=2)
    )
    Client().post(petition.url, signer())
    assert len(mail.outbox) == 1


def test_a_steward_blocks_a_domain_in_the_admin_and_its_posts_are_rejected_at_once(
    client, data_steward, comms_staff, petition, django_capture_on_commit_callbacks
):
    client.force_login(comms_staff)
    assert client.get("/admin/actions/blockedemail/").status_code in (302, 403)
    client.force_login(data_steward)
    flood(petition, 1)  # the rules are now cached, as on a busy site
    with django_capture_on_commit_callbacks(execute=True):
        added = client.post(
            "/admin/actions/blockedemail/create/",
            {"kind": "domain", "value": "Flood.Example", "reason": "A bot farm"},
        )
    assert added.status_code == 302

    flood(petition, 1, start=1)

    assert list(Signature.objects.order_by("created_at").values_list("moderation", flat=True)) == [
        "counted",
        "rejected",
    ]
    listed = client.get("/admin/actions/blockedemail/").content.decode()
    assert "flood.example" in listed and "A bot farm" in listed


def test_a_released_signature_on_a_confirming_petition_is_sent_its_link_not_counted(
    client, data_steward
):
    petition = make_petition(require_confirmation=True)
    set_limits(burst=1)
    flood(petition, 2)
    assert len(mail.outbox) == 1
    client.force_login(data_steward)

    client.post(
        "/admin/supporters/trending/decide/",
        {"by": "form", "key": str(petition.pk), "d": "release"},
    )

    assert [m.to for m in mail.outbox] == [["f0@flood.example"], ["f1@flood.example"]]
    assert mail.outbox[1].subject == f"Confirm your signature: {petition.title}"
    assert signature_count(petition.pk) == 0
