"""The editorial roles: comms staff write and submit, campaign leads approve and publish, and
every page goes through the campaign approval workflow."""

from datetime import UTC, datetime, timedelta
from importlib import import_module

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from freezegun import freeze_time
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from editorial.scheduler import run_tick

pytestmark = pytest.mark.django_db

GO_LIVE = datetime(2026, 10, 21, 1, 0, tzinfo=UTC)


@pytest.fixture
def member(django_user_model):
    def make(group_name: str):
        user = django_user_model.objects.create_user(
            group_name.split()[0].lower(), f"{group_name.split()[0].lower()}@example.org", "pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def draft(home) -> Page:
    return home.add_child(instance=Page(title="Day 3: call your senator", live=False))


def test_comms_staff_can_edit_and_submit_but_not_publish(member, home, draft):
    comms = member("Comms staff")
    assert home.permissions_for_user(comms).can_add_subpage()
    permissions = draft.permissions_for_user(comms)
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
    assert not permissions.can_unschedule()
    assert not permissions.can_lock()


def test_campaign_leads_can_publish_schedule_and_lock(member, draft):
    permissions = draft.permissions_for_user(member("Campaign leads"))
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert permissions.can_unschedule()
    assert permissions.can_lock()


def test_data_stewards_get_into_the_admin_but_cannot_edit_pages(member, draft):
    steward = member("Data stewards")
    assert steward.has_perm("wagtailadmin.access_admin")
    assert not draft.permissions_for_user(steward).can_edit()


def test_comms_staff_and_leads_can_upload_and_choose_media(member):
    for group in ("Comms staff", "Campaign leads"):
        user = member(group)
        for model in (get_image_model(), get_document_model()):
            policy = policy_registry.get_by_type(model)
            for action in ("add", "change", "choose"):
                assert policy.user_has_permission(user, action)


def test_every_page_goes_through_campaign_approval_by_campaign_leads(draft):
    workflow = draft.get_workflow()
    assert workflow.name == "Campaign approval"
    [task] = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Campaign leads"]


def test_submitted_schedule_takes_effect_only_once_a_lead_approves_it(member, draft, client):
    comms, lead = member("Comms staff"), member("Campaign leads")
    with freeze_time(GO_LIVE - timedelta(days=2)):
        draft.go_live_at = GO_LIVE
        draft.save_revision(user=comms)
        draft.get_workflow().start(draft, comms)
        run_tick()
        draft.refresh_from_db()
        assert not draft.live
        assert not draft.revisions.filter(approved_go_live_at__isnull=False).exists()

        client.force_login(lead)
        dashboard = client.get("/admin/").content.decode()
        assert "Awaiting your review" in dashboard
        assert "Day 3: call your senator" in dashboard

        task_state = draft.current_workflow_task_state
        task_state.task.specific.on_action(task_state, lead, "approve")
        draft.refresh_from_db()
        assert not draft.live
        assert draft.revisions.get(approved_go_live_at=GO_LIVE)

    with freeze_time(GO_LIVE + timedelta(seconds=30)):
        run_tick()
    draft.refresh_from_db()
    assert draft.live


def test_groups_get_add_and_change_on_every_snippet_and_leads_publish(member):
    models = get_snippet_models()
    if not models:
        pytest.skip("no snippet models registered")
    comms, lead = member("Comms staff"), member("Campaign leads")
    for model in models:
        label = f"{model._meta.app_label}.%s_{model._meta.model_name}"
        for user in (comms, lead):
            assert user.has_perm(label % "add")
            assert user.has_perm(label % "change")
            assert not user.has_perm(label % "delete")
        assert not comms.has_perm(label % "publish")


def test_roles_migration_can_run_twice_and_be_reversed():
    migration = import_module("editorial.migrations.0002_roles_and_approval")
    apps = MigrationLoader(connection).project_state().apps
    counts = _role_counts()
    migration.create_roles(apps, None)
    assert _role_counts() == counts

    migration.remove_roles(apps, None)
    assert not Group.objects.filter(name__in=migration.ADMIN_ROLES).exists()
    assert not Workflow.objects.filter(name="Campaign approval").exists()
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == "Moderators approval"

    migration.create_roles(apps, None)
    assert _role_counts() == counts
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == "Campaign approval"


def _role_counts() -> tuple[int, ...]:
    return (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
    )
