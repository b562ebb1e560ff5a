"""Puts the Spanish demo pages in place (demo/spanish.py holds the texts): each a translation of
its English page, made and published the way an editor's translation is."""

import html
import re

from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site

from campaigns.models import Target
from home.models import SiteSettings

from . import spanish

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


def in_spanish(text: str) -> str:
    """`text` with each English phrase of demo/spanish.py in Spanish: a whole value, or each
    paragraph of a rich text written as plain <p> paragraphs. Anything else is left as it is."""
    if text in spanish.PHRASES:
        return spanish.PHRASES[text]

    def paragraph(match: re.Match) -> str:
        english = html.unescape(match.group(1))
        translated = spanish.PHRASES.get(english)
        return f"<p>{html.escape(translated, quote=False)}</p>" if translated else match.group(0)

    return PARAGRAPH.sub(paragraph, text)


def translate_stream(value):
    """A StreamField's raw data with every text in it translated, its structure kept."""
    if isinstance(value, str):
        return in_spanish(value)
    if isinstance(value, list):
        return [translate_stream(item) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key in ("type", "id") else translate_stream(item)
            for key, item in value.items()
        }
    return value


def translate_fields(page: Page) -> None:
    for field in page._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in ("slug", "url_path"):
            continue
        value = getattr(page, field.name, None)
        if isinstance(field, StreamField):
            setattr(page, field.name, translate_stream(list(value.raw_data)))
        elif (
            isinstance(field, (models.CharField, models.TextField, RichTextField))
            and isinstance(value, str)
            and value
            and not field.choices
        ):
            setattr(page, field.name, in_spanish(value))


def spanish_version(english: Page, locale: Locale, slug: str | None = None) -> tuple[Page, bool]:
    """The Spanish translation of `english`, made and published if there is none yet."""
    existing = Page.objects.filter(translation_key=english.translation_key, locale=locale).first()
    if existing:
        return existing.specific, False
    page = english.specific.copy_for_translation(locale).specific
    translate_fields(page)
    if slug:
        page.slug = slug
    page.save_revision().publish()
    page.refresh_from_db()
    return page, True


def load_spanish(created) -> None:
    """The Spanish home page, the pages in SPANISH_SLUGS and the Spanish site texts; `created`
    counts what was added (the loader's summary)."""
    locale, _ = Locale.objects.get_or_create(language_code="es")
    english = Locale.objects.get(language_code="en")
    site = Site.objects.get(is_default_site=True)
    _home, added = spanish_version(site.root_page, locale)
    created["Spanish page"] += added
    for english_slug, spanish_slug in spanish.SPANISH_SLUGS.items():
        page = Page.objects.filter(slug=english_slug, locale=english).first()
        if page is not None:
            _translated, added = spanish_version(page, locale, spanish_slug)
            created["Spanish page"] += added
    for name, fields in spanish.TARGETS.items():
        official = Target.objects.filter(name=name, locale=english).first()
        if official is None or official.has_translation(locale):
            continue
        translated = official.copy_for_translation(locale)
        for field, value in fields.items():
            setattr(translated, field, value)
        translated.save()
        created["Spanish official"] += 1
    settings = SiteSettings.for_site(site)
    texts = {**spanish.SITE_TEXTS, "footer_text_es": in_spanish(settings.footer_text)}
    for field, text in texts.items():
        if not getattr(settings, field):
            setattr(settings, field, text)
    settings.save()
    for item in settings.menu_items.all():
        if not item.label_es and item.label in spanish.MENU_LABELS:
            item.label_es = spanish.MENU_LABELS[item.label]
            item.save()
