"""Every Spanish catalogue in the project (the project's locale/ and each app's) is complete,
compiled and safe to format: a reader never meets an English string left behind in Spanish, a
translation that was never compiled, or a page that breaks because a translation lost or
renamed a placeholder."""

import re
from collections import Counter
from pathlib import Path

import polib
import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
CATALOGUES = sorted(
    po
    for locale in [BASE / "locale", *BASE.glob("*/locale")]
    for po in locale.glob("*/LC_MESSAGES/*.po")
)
# %(name)s, %s, %d (Python and Django templates) and {name} (str.format); "%%" is a literal.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdifr]|%[sdifr]|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text.replace("%%", "")))


def translations(entries) -> dict:
    """(context, msgid) → its translation (a tuple of plural forms for a plural entry)."""
    found = {}
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        if entry.msgid_plural:
            value = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        else:
            value = entry.msgstr
        found[(entry.msgctxt, entry.msgid)] = value
    return found


def name(po: Path) -> str:
    return str(po.relative_to(BASE))


def test_the_project_catalogue_is_among_those_checked():
    assert BASE / "locale/es/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=name)
def test_every_entry_is_translated_and_none_is_fuzzy(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{name(po_path)}: translate {untranslated}"
    assert not fuzzy, f"{name(po_path)}: review and unmark {fuzzy}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=name)
def test_the_compiled_catalogue_holds_exactly_the_translations(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{name(po_path)} is not compiled: run `make messages`"
    written = translations(polib.pofile(str(po_path)))
    compiled = translations(polib.mofile(str(mo_path)))
    assert compiled == written, f"{name(mo_path)} is out of date: run `make messages`"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=name)
def test_translations_keep_the_placeholders_of_the_english(po_path):
    wrong = []
    for entry in polib.pofile(str(po_path)):
        if entry.obsolete or not entry.translated():
            continue
        if entry.msgid_plural:
            # The singular may say "one" in words instead of the number, but no form may
            # bring a placeholder the English does not have, and the plural keeps them all.
            english = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            forms = [placeholders(form) for form in entry.msgstr_plural.values()]
            ok = all(not form - english for form in forms) and forms[-1] == placeholders(
                entry.msgid_plural
            )
        else:
            ok = placeholders(entry.msgstr) == placeholders(entry.msgid)
        if not ok:
            wrong.append(entry.msgid)
    assert not wrong, f"{name(po_path)}: placeholders differ in {wrong}"
