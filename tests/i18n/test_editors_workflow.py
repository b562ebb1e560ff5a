"""Spanish pages go through the same approval workflow and scheduler as English ones: what comms
staff submit waits for a campaign lead, and a scheduled Spanish revision goes live on time."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from freezegun import freeze_time
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from campaigns.models import EventPage, UpdatePage
from editorial.scheduler import run_tick
from tests.i18n.spanish import spanish, translate

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


@pytest.fixture
def translated_in_the_editor(every_page_type, django_capture_on_commit_callbacks, admin_user):
    """The update and its parents translated with wagtail-localize and published, as a lead
    leaves them; the update's Spanish page, still with the English words."""
    update = every_page_type[UpdatePage]
    with django_capture_on_commit_callbacks(execute=True):
        for page in [*update.get_ancestors().filter(depth__gte=2), update]:
            TranslationCreator(admin_user, [spanish()]).create_translations(page.specific)
            source = TranslationSource.objects.get_for_instance(page.specific)
            source.translations.get(target_locale=spanish()).save_target(publish=True)
    return update.get_translation(spanish()).specific


def type_spanish(english: UpdatePage, path: str, text: str) -> None:
    source = TranslationSource.objects.get_for_instance(english)
    segment = source.stringsegment_set.get(context__path=path)
    StringTranslation.objects.create(
        translation_of=segment.string, locale=spanish(), context=segment.context, data=text
    )


def test_comms_staff_submit_a_translation_from_the_translation_editor_for_approval(
    client, member, every_page_type, translated_in_the_editor
):
    comms, lead = member("Comms staff"), member("Campaign leads")
    spanish_update = translated_in_the_editor
    published_title = spanish_update.title
    client.force_login(comms)
    assert (
        client.get(
            reverse(
                "wagtail_localize:submit_page_translation", args=[every_page_type[EventPage].pk]
            )
        ).status_code
        == 200
    ), "comms staff may start translations"
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(every_page_type[UpdatePage]),
        target_locale=spanish(),
    )
    submit = reverse("editorial_submit_translation", args=[translation.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[spanish_update.pk])).content
    assert submit in edit.decode(), "the translation editor offers to submit"

    type_spanish(every_page_type[UpdatePage], "title", "Audiencia en Adelanto")
    assert client.post(submit, {"go_live_at": ""}).status_code == 302
    spanish_update.refresh_from_db()
    assert spanish_update.workflow_in_progress
    assert spanish_update.get_latest_revision_as_object().title == "Audiencia en Adelanto"
    assert spanish_update.title == published_title, "readers see the published version"
    client.logout()
    assert "Audiencia en Adelanto" not in client.get(spanish_update.url).content.decode()

    task_state = spanish_update.current_workflow_task_state
    task_state.task.specific.on_action(task_state, lead, "approve")
    spanish_update.refresh_from_db()
    assert spanish_update.title == "Audiencia en Adelanto"


def test_sync_and_publish_by_comms_staff_leaves_the_spanish_page_for_approval(
    client, member, every_page_type, translated_in_the_editor
):
    english = every_page_type[UpdatePage]
    english.title = "Adelanto: the hearing moved"
    english.save_revision().publish()
    client.force_login(member("Comms staff"))
    source = TranslationSource.objects.get_for_instance(english)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(sync, {"publish_translations": "on"}, follow=True)
    assert "Synced, not published" in response.content.decode()
    translated_in_the_editor.refresh_from_db()
    assert translated_in_the_editor.title != "Adelanto: the hearing moved"
