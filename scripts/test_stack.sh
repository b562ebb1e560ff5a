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
mkdir -p "$STACK_DIR"
bash scripts/stack.sh >"$STACK_DIR/stack.out" 2>&1 &
stack=$!

cleanup() {
    kill -TERM "$stack" 2>/dev/null || true
    wait "$stack" 2>/dev/null || true
    echo "== make test-stack took $(($(date +%s) - started)) s (logs in $STACK_DIR/logs/)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== starting the stack (var/stack-test)"
for _ in $(seq 900); do
    [ -f "$STACK_DIR/ready" ] && break
    if ! kill -0 "$stack" 2>/dev/null; then
        cat "$STACK_DIR/stack.out"
        echo "The stack did not start."
        exit 1
    fi
    sleep 0.2
done
[ -f "$STACK_DIR/ready" ] || { cat "$STACK_DIR/stack.out"; echo "The stack did not start in 3 minutes."; exit 1; }
echo "== stack up after $(($(date +%s) - started)) s; pytest tests/stack"

# Not Django in this process: the tests use HTTP and manage.py, like readers and operators.
STACK_ENV=$STACK_DIR/env .venv/bin/python -m pytest -p no:django -W ignore::pytest.PytestConfigWarning \
    tests/stack "$@" &
wait $!
