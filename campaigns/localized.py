"""Officials and organisations in the language of the page that shows them.

A page and its translations point at the same records (which official a petition is addressed
to is not translated); a record's translations share its `translation_key`. A Spanish page shows
the Spanish version of a record when one exists and the English one until then, as Wagtail's
`.localized` does for one record, but for many at once and by the page's locale rather than
the active language (the admin may be in Spanish while an editor works on an English page)."""

from collections.abc import Iterable
from typing import TypeVar

from wagtail.models import TranslatableMixin

R = TypeVar("R", bound=TranslatableMixin)


def in_locale(records: Iterable[R | None], locale_id: int | None) -> list[R | None]:
    """`records` (None left as is) each in the locale `locale_id` when it has a translation
    there, otherwise as they are: one query for them all, none when every record is in that
    locale already (English pages) or there is no locale to go by."""
    records = list(records)
    foreign = [r for r in records if r is not None and r.locale_id != locale_id]
    if not foreign or locale_id is None:
        return records
    model = type(foreign[0]).get_translation_model()
    keys = {r.translation_key for r in foreign}
    found = {
        r.translation_key: r
        for r in model._default_manager.filter(translation_key__in=keys, locale_id=locale_id)
    }
    return [found.get(r.translation_key, r) if r is not None else None for r in records]
