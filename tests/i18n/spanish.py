"""Spanish versions of pages for tests, made the way an editor's translation ends up."""

from wagtail.models import Locale, Page


def spanish() -> Locale:
    return Locale.objects.get(language_code="es")


def translate(page: Page, publish: bool = True, **fields) -> Page:
    """`page` in Spanish (its parents too, as wagtail-localize does), with `fields` set, e.g.
    `translate(petition, title="Firme")`. An existing translation is updated, not duplicated."""
    page = page.specific
    try:
        translated = page.get_translation(spanish()).specific
    except Page.DoesNotExist:
        translated = page.copy_for_translation(spanish(), copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
        translated.refresh_from_db()
    return translated
