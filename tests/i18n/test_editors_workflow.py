"""Spanish pages go through the same approval workflow and scheduler as English ones: what comms
staff submit waits for a campaign lead, and a scheduled Spanish revision goes live on time."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from freezegun import freeze_time

from campaigns.models import UpdatePage
from editorial.scheduler import run_tick
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db

GO_LIVE = datetime(2026, 10, 21, 1, 0, tzinfo=UTC)  # Tue 20 Oct, 18:00 PDT


@pytest.fixture
def member(django_user_model):
    def make(group_name: str):
        name = group_name.split()[0].lower()
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def spanish_update(every_page_type) -> UpdatePage:
    return translate(every_page_type[UpdatePage], title="Audiencia en Adelanto")


def test_a_submitted_spanish_page_waits_for_a_campaign_lead(member, spanish_update, client):
    comms, lead = member("Comms staff"), member("Campaign leads")
    assert not spanish_update.permissions_for_user(comms).can_publish()
    assert spanish_update.get_workflow().name == "Campaign approval"

    spanish_update.title = "Audiencia en Adelanto: nueva fecha"
    spanish_update.save_revision(user=comms)
    spanish_update.get_workflow().start(spanish_update, comms)
    spanish_update.refresh_from_db()
    assert spanish_update.title == "Audiencia en Adelanto"  # readers still see the old one
    assert client.get(spanish_update.url).status_code == 200

    client.force_login(lead)
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    assert "Audiencia en Adelanto: nueva fecha" in dashboard

    task_state = spanish_update.current_workflow_task_state
    task_state.task.specific.on_action(task_state, lead, "approve")
    spanish_update.refresh_from_db()
    assert spanish_update.title == "Audiencia en Adelanto: nueva fecha"
    assert spanish_update.live


def test_a_scheduled_spanish_revision_is_published_by_the_scheduler(member, every_page_type):
    lead = member("Campaign leads")
    english = every_page_type[UpdatePage]
    with freeze_time(GO_LIVE - timedelta(days=1)):
        draft = translate(english, publish=False, title="Día 3: llame a su senador")
        draft.go_live_at = GO_LIVE
        draft.save_revision(user=lead).publish(user=lead)  # "Schedule to publish"
        run_tick()
        draft.refresh_from_db()
        assert not draft.live
        assert draft.revisions.filter(approved_go_live_at=GO_LIVE).exists()

    with freeze_time(GO_LIVE + timedelta(seconds=30)):
        run_tick()
    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "Día 3: llame a su senador"
    assert draft.url.startswith("/es/")
