#!/usr/bin/env bash
# `make messages`: gather every string the site writes into the Spanish catalogues, then compile
# them. Django files each string under the nearest locale/ folder above its file: an app with its
# own locale/ (actions, campaigns, editorial) keeps its strings there, everything else goes to
# the project's locale/. After running it, translate the new or changed (fuzzy) entries in the
# .po files, run it again, and commit the .po and .mo files together (tests/i18n/
# test_catalogues.py fails on an untranslated entry or a .mo older than its .po).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
IGNORED=(--ignore=.venv --ignore=var --ignore=node_modules --ignore=tests --ignore=static)

if [ "${1:-}" = "--check" ]; then
    # `make test`: gather the strings in a throwaway copy of the tracked files and fail, naming
    # them, if any string the code writes has no Spanish translation in its catalogue.
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    git ls-files -z | xargs -0 cp --parents --target-directory="$TMP"
    ln -s "$PWD/.venv" "$TMP/.venv"
    (cd "$TMP" && "$PYTHON" manage.py makemessages --locale=es --extension=html,txt,py \
        --no-obsolete --add-location=file "${IGNORED[@]}" >/dev/null)
    exec "$PYTHON" - "$TMP" <<'PY'
import pathlib, sys
import polib
missing = [
    f"{po_path.relative_to(sys.argv[1])}: {entry.msgid!r}"
    for po_path in sorted(pathlib.Path(sys.argv[1]).glob("**/locale/es/LC_MESSAGES/django.po"))
    if ".venv" not in po_path.parts
    for entry in polib.pofile(str(po_path))
    if not entry.translated() or "fuzzy" in entry.flags
]
if missing:
    print("Strings without a Spanish translation (run `make messages`, translate, commit):")
    print("\n".join(missing))
    sys.exit(1)
print("Every string the site writes has its Spanish translation.")
PY
fi

# --no-obsolete: a string the code no longer has leaves the catalogue instead of lingering as a
# commented-out entry; --add-location=file: a moved line does not rewrite every entry.
"$PYTHON" manage.py makemessages --locale=es --extension=html,txt,py \
    --no-obsolete --add-location=file "${IGNORED[@]}"
"$PYTHON" manage.py compilemessages --locale=es "${IGNORED[@]}"
