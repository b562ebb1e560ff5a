"""Editors translate every page type in wagtail-localize's translation screen: it opens, the
translated words land on the Spanish page, and what makes a petition or an event one thing in
both languages (goal, closing time, dates, capacity, officials) is copied, never translated."""

import datetime as dt
import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.blocks import ToolkitStreamBlock
from campaigns.models import ActionToolkitPage, EventPage, PetitionPage
from tests.i18n.spanish import spanish

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def submit_translation(editor, page: Page) -> Page:
    """Page → 'Translate this page' → Spanish, as an editor does; the Spanish draft."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert editor.get(url).status_code == 200, page
    response = editor.post(url, {"locales": [spanish().pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return page.get_translation(spanish()).specific


def translation_of(page: Page) -> Translation:
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=spanish())


@pytest.fixture
def publish_translation(django_capture_on_commit_callbacks):
    """Publish the Spanish version of a page as its translator does (wagtail-localize
    publishes once the transaction commits, which a test's never does)."""

    def publish(page: Page) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            translation_of(page).save_target(publish=True)

    return publish


def translate_string(page: Page, path: str, text: str) -> None:
    """Type `text` as the Spanish for the field (or block) at `path` of `page`'s source."""
    source = TranslationSource.objects.get_for_instance(page)
    segment = source.stringsegment_set.get(context__path=path)
    StringTranslation.objects.create(
        translation_of=segment.string, locale=spanish(), context=segment.context, data=text
    )


def test_every_page_type_opens_in_the_translation_screen_and_gets_a_spanish_page(
    editor, every_page_type
):
    for page in sorted(every_page_type.values(), key=lambda page: page.depth):
        translated = submit_translation(editor, page)
        assert translated.locale == spanish()
        assert not translated.live, "a translation starts as a draft"
        assert type(translated) is type(page)
        screen = editor.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
        assert screen.status_code == 200, page
        editor_app = BeautifulSoup(screen.content, "html.parser").select_one(
            ".js-translation-editor"
        )
        segments = json.loads(editor_app["data-props"])["segments"]
        assert page.title in [segment.get("source") for segment in segments], page


def test_translated_words_reach_the_spanish_page_and_the_goal_stays_one(
    editor, every_page_type, publish_translation
):
    petition = every_page_type[PetitionPage]
    for page in petition.get_ancestors().filter(depth__gte=2):
        submit_translation(editor, page.specific)
        publish_translation(page)
    submit_translation(editor, petition)
    translate_string(petition, "title", "Detengan las deportaciones")
    translate_string(petition, "ask", "Gobernador, firme la ley")
    publish_translation(petition)

    spanish_petition = petition.get_translation(spanish()).specific
    assert spanish_petition.title == "Detengan las deportaciones"
    assert spanish_petition.ask == "Gobernador, firme la ley"
    assert spanish_petition.live
    assert spanish_petition.goal == petition.goal
    assert spanish_petition.targets == petition.targets
    page = editor.get(spanish_petition.url)
    assert "Gobernador, firme la ley" in page.content.decode()


def test_the_goal_and_closing_time_follow_the_english_petition_on_update(editor, every_page_type):
    petition = every_page_type[PetitionPage]
    for page in [*petition.get_ancestors().filter(depth__gte=2), petition]:
        submit_translation(editor, page.specific)
    petition.goal = 25_000
    # Whole seconds: a revision keeps times to the millisecond.
    petition.closes_at = timezone.now().replace(microsecond=0) + dt.timedelta(days=9)
    petition.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(petition)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor.get(update).status_code == 200
    assert editor.post(update, {"publish_translations": "on"}).status_code == 302
    spanish_petition = PetitionPage.objects.get(pk=petition.get_translation(spanish()).pk)
    petition.refresh_from_db()
    assert spanish_petition.goal == 25_000
    assert spanish_petition.closes_at == petition.closes_at


def test_the_translation_screen_offers_words_not_dates_or_capacity(every_page_type):
    for model, fixed in [
        (PetitionPage, {"goal", "closes_at", "is_closed", "target_links"}),
        (EventPage, {"start_date", "start_time", "capacity", "time_zone"}),
    ]:
        source, _ = TranslationSource.get_or_create_from_instance(every_page_type[model])
        paths = {segment.context.path for segment in source.stringsegment_set.all()}
        assert "title" in paths
        assert not {path.split(".")[0] for path in paths} & fixed, model
    petition, _ = TranslationSource.get_or_create_from_instance(every_page_type[PetitionPage])
    assert "ask" in {segment.context.path for segment in petition.stringsegment_set.all()}


def test_a_toolkit_with_every_block_translates_with_its_structure_kept(
    editor, every_page_type, publish_translation
):
    document = wagtail_factories.DocumentFactory(title="The report")
    body = []
    for name, block in ToolkitStreamBlock().child_blocks.items():
        value = block.get_preview_value()
        if name == "document":
            value = block.to_python({"document": document.pk, "label": "Download the report"})
        elif name == "embed":
            value = block.to_python({"url": "https://www.youtube.com/watch?v=x", "title": "Video"})
        body.append((name, value))
    toolkit = every_page_type[ActionToolkitPage]
    toolkit.body = body
    toolkit.save_revision().publish()
    for page in toolkit.get_ancestors().filter(depth__gte=2):
        submit_translation(editor, page.specific)
    translated = submit_translation(editor, toolkit)

    screen = editor.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert screen.status_code == 200
    publish_translation(toolkit)
    translated = ActionToolkitPage.objects.get(pk=translated.pk)
    assert [block.block_type for block in translated.body] == [name for name, _ in body]
    assert editor.get(translated.url).status_code == 200
