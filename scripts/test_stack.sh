#!/usr/bin/env bash
# `make test-stack`: start a fresh stack (scripts/stack.sh with its state in var/stack-test,
# so a `make stack` database is never touched) in the background, run tests/stack/ against
# it, and stop it, also when the tests fail or the run is interrupted. The stack uses the same
# ports as `make stack`: stop that one first.
set -euo pipefail
cd "$(dirname "$0")/.."
export STACK_DIR=$PWD/var/stack-test
started=$(date +%s)

rm -rf "$STACK_DIR"
# shellcheck source=scripts/stack_lib.sh
source scripts/stack_lib.sh
stack_start

cleanup() {
    stack_stop
    echo "== make test-stack took $(($(date +%s) - started)) s (logs in $STACK_DIR/logs/)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== starting the stack (var/stack-test)"
stack_wait
echo "== stack up after $(($(date +%s) - started)) s; pytest tests/stack"

# Not Django in this process: the tests use HTTP and manage.py, like readers and operators.
STACK_ENV=$STACK_DIR/env .venv/bin/python -m pytest -p no:django -W ignore::pytest.PytestConfigWarning \
    tests/stack "$@" &
wait $!
