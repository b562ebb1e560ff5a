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

# --no-obsolete: a string the code no longer has leaves the catalogue instead of lingering as a
# commented-out entry; --add-location=file: a moved line does not rewrite every entry.
"$PYTHON" manage.py makemessages --locale=es --extension=html,txt,py \
    --no-obsolete --add-location=file "${IGNORED[@]}"
"$PYTHON" manage.py compilemessages --locale=es "${IGNORED[@]}"
