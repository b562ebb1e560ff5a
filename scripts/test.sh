#!/usr/bin/env bash
# `make test`: lint, Django checks, migrations check and every test (unit, integration and
# browser) on a throwaway PostgreSQL. Installs Debian's Chromium for the browser tests and
# redis-server for the tests of the shared cache (each starts its own throwaway Redis) and gettext
# for the catalogue check, if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv

MISSING=()
[ -x /usr/bin/chromium ] || MISSING+=(chromium)
command -v redis-server >/dev/null || MISSING+=(redis-server)
command -v msgfmt >/dev/null || MISSING+=(gettext)
if [ ${#MISSING[@]} -gt 0 ]; then
    echo "Installing Debian's ${MISSING[*]} for the tests"
    SUDO=""
    [ "$(id -u)" = "0" ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi

echo "== ruff"
$VENV/bin/ruff check .
$VENV/bin/ruff format --check .
echo "== import layers (pyproject.toml: tool.importlinter)"
$VENV/bin/lint-imports --no-cache
echo "== Spanish catalogues (scripts/messages.sh --check)"
bash scripts/messages.sh --check

export DJANGO_SETTINGS_MODULE=site_core.settings.test
exec bash scripts/with_postgres.sh bash -c '
    set -euo pipefail
    echo "== manage.py check"
    .venv/bin/python manage.py check --fail-level WARNING
    echo "== makemigrations --check"
    .venv/bin/python manage.py makemigrations --check --dry-run
    echo "== pytest (${TEST_WORKERS:-auto} processes: pytest-xdist; TEST_WORKERS=0 runs in one)"
    .venv/bin/python -m pytest --numprocesses "${TEST_WORKERS:-auto}" "$@"
' test-run "$@"
