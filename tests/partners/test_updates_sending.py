"""An update about a petition's milestone reaches the signers who asked for news, each once, in
the language they signed in, with a one-click unsubscribe; only permitted staff send it."""

from collections.abc import Iterator

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from actions.models import SentUpdate, SignerUpdate
from actions.update_tasks import send_update_batch
from campaigns.models import PetitionPage
from campaigns.models.petitions import PetitionMilestone

from .updates_helpers import petition_with_milestone, sign, signers, staff

pytestmark = pytest.mark.django_db

TEXTS = {
    "subject_en": "We delivered your signatures",
    "message_en": "We handed in your 2,000 names at the county board this morning.",
    "subject_es": "Entregamos sus firmas",
    "message_es": "Esta mañana entregamos sus 2.000 nombres a la junta del condado.",
}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker) -> Iterator[dict]:
    """The petition (with its Spanish translation) and its signers, built once for the module
    inside a transaction rolled back after it; each test's transaction nests inside."""
    with django_db_blocker.unblock(), transaction.atomic():
        petition = petition_with_milestone()
        yield {"petition": petition, "people": signers(petition)}
        transaction.set_rollback(True)


@pytest.fixture
def petition(db, built) -> PetitionPage:
    return PetitionPage.objects.get(pk=built["petition"].pk)


@pytest.fixture
def people(built) -> dict:
    return built["people"]


@pytest.fixture
def lead(django_user_model):
    return staff(django_user_model, "lead", "Campaign leads")


def compose_url(petition) -> str:
    milestone = PetitionMilestone.objects.get(page=petition)
    return reverse("actions_signer_update_compose", args=[petition.pk, milestone.pk])


def send(client, petition, **overrides):
    return client.post(compose_url(petition), {**TEXTS, "action": "send", **overrides})


def test_the_preview_shows_both_languages_and_who_it_reaches(client, petition, people, lead):
    client.force_login(lead)
    form = client.get(compose_url(petition))
    assert form.status_code == 200
    # The milestone's own words start the English text.
    assert "We handed in your 2,000 names" in form.content.decode()

    preview = client.post(compose_url(petition), {**TEXTS, "action": "preview"})
    html = preview.content.decode()
    assert "An update sent now reaches 2 people." in html
    assert "3 signers asked for news; 1 is excluded because they unsubscribed." in html
    assert "In English: 1 person" in html and "In Spanish: 1 person" in html
    assert "Esta mañana entregamos" in html and "Hola, María:" in html and "Dear Maria," in html
    assert "Send to 2 people?" in html
    assert not SignerUpdate.objects.exists()


def test_update_reaches_only_opted_in_counted_signers_each_in_their_language(
    client, petition, people, lead, mailoutbox
):
    client.force_login(lead)
    response = send(client, petition)
    assert response.status_code == 302

    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {"ana@example.org", "luis@example.net"}
    english, spanish = by_address["ana@example.org"], by_address["luis@example.net"]
    assert english.subject == "We delivered your signatures"
    assert "Dear Ana," in english.body and "county board this morning" in english.body
    assert "/actions/unsubscribe/" in english.body and "/es/" not in english.body
    assert spanish.subject == "Entregamos sus firmas"
    assert "Hola, Luis:" in spanish.body and "Esta mañana entregamos" in spanish.body
    assert "Libérenlos a todos" in spanish.body and "/es/" in spanish.body
    assert "/es/actions/unsubscribe/" in spanish.body

    update = SignerUpdate.objects.get()
    assert (update.planned, update.sent_count, update.sent_by) == (2, 2, lead)
    assert update.finished_at is not None


def test_every_update_has_one_click_unsubscribe_headers(client, petition, people, lead, mailoutbox):
    client.force_login(lead)
    send(client, petition)
    for message in mailoutbox:
        link = message.extra_headers["List-Unsubscribe"]
        assert link.startswith("<http") and "/actions/unsubscribe/" in link and link.endswith(">")
        assert link[1:-1] in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_nobody_gets_an_update_twice_on_a_second_click_or_a_rerun(
    client, petition, people, lead, mailoutbox, settings
):
    settings.ACTIONS_UPDATE_BATCH_SIZE = 1  # one recipient per task: the batches chain
    client.force_login(lead)
    send(client, petition)
    assert len(mailoutbox) == 2

    again = send(client, petition)  # the second click, or a second editor
    assert again.status_code == 302
    update = SignerUpdate.objects.get()
    send_update_batch.call(update.key.hex, "http://testserver", 0)  # a retried task
    client.post(reverse("actions_signer_updates", args=[petition.pk]), {"resume": update.pk})

    assert len(mailoutbox) == 2
    assert SentUpdate.objects.filter(update=update).count() == 2
    update.refresh_from_db()
    assert update.sent_count == 2


def test_a_language_with_recipients_must_be_written(client, petition, people, lead, mailoutbox):
    client.force_login(lead)
    response = send(client, petition, subject_es="", message_es="")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not mailoutbox and not SignerUpdate.objects.exists()


def test_the_send_is_logged_and_shown_on_the_petition(client, petition, people, lead):
    client.force_login(lead)
    send(client, petition)
    entry = PageLogEntry.objects.get(action="actions.signer_update")
    assert entry.page_id == petition.pk and entry.user == lead
    assert entry.data["people"] == 2
    overview_url = reverse("actions_signer_updates", args=[petition.pk])
    overview = client.get(overview_url).content.decode()
    assert "by lead, to 2 people" in overview and "Done: 2 emails sent." in overview
    # Reached from the petition's own menu in the editor.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[petition.pk])).content.decode()
    assert overview_url in editor


def test_staff_without_the_permission_cannot_send(
    client, petition, people, mailoutbox, django_user_model
):
    comms = staff(django_user_model, "comms", "Comms staff")
    client.force_login(comms)
    assert client.get(compose_url(petition)).status_code == 403
    assert send(client, petition).status_code == 403
    # They see what was sent (they edit the petition), without the button to send.
    overview = client.get(reverse("actions_signer_updates", args=[petition.pk]))
    assert overview.status_code == 200
    assert "Write the update" not in overview.content.decode()
    client.logout()
    assert send(client, petition).status_code == 302  # to the admin's sign-in
    assert not mailoutbox and not SignerUpdate.objects.exists()


def test_a_batch_costs_the_same_queries_for_two_recipients_or_forty(
    petition, people, django_assert_max_num_queries, settings, mailoutbox
):
    """The worker reads a batch's signers in one query and claims them in one statement,
    whatever the batch's size: the cost per batch does not grow with its recipients."""
    update = SignerUpdate.objects.create(
        page=petition,
        milestone_id=PetitionMilestone.objects.get(page=petition).pk,
        texts={"en": {"subject": "S", "message": "M"}, "es": {"subject": "S", "message": "M"}},
    )
    for n in range(38):
        sign(petition, f"many{n}@example.org", language="es" if n % 2 else "en")
    update.created_at = timezone.now()
    update.save()
    settings.ACTIONS_UPDATE_BATCH_SIZE = 100
    with django_assert_max_num_queries(20) as queries:
        send_update_batch.call(update.key.hex, "http://testserver", 0)
    assert len(mailoutbox) == 40
    print(f"one batch of 40 recipients (then the empty last batch): {len(queries)} queries")
