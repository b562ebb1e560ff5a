#!/usr/bin/env bash
# `make bench`: the benchmark figures of the README, in one run (not part of `make test`).
#
#   1-2. scripts/bench_viral.py: a cached petition page vs a static file through one app
#        server, and through Varnish; uncached render time and queries per page type. On a
#        stack of its own (scripts/stack.sh, state in var/stack-bench), stopped afterwards.
#   3.   scripts/bench_signatures.py: the sign path vs a trivial one-INSERT view, 2 gunicorn
#        workers, 32 concurrent signers, on a throwaway PostgreSQL, once the stack is stopped.
#
# Read the docstrings of those two scripts for what each figure means. The machine's load
# average is printed before and after: figures taken while it is high say little.
#
#   bash scripts/bench.sh [--seconds 5]     (make bench BENCH_SECONDS=5)
#
# --seconds is the length of each measurement (default 5: about 4 minutes in all, the stack's
# start included); 2 is enough to check that it works. The stack uses `make stack`'s ports:
# stop that first.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$PWD/.venv/bin/python
SECONDS_EACH=5
while [ $# -gt 0 ]; do
    case $1 in
        --seconds) SECONDS_EACH=$2; shift 2 ;;
        *) echo "usage: $0 [--seconds N]" >&2; exit 2 ;;
    esac
done

if ! command -v wrk >/dev/null; then
    echo "== installing Debian's wrk (the load generator)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

started=$(date +%s)
echo "== $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# The database persists between runs (only the first one pays for loading the demo); the
# page cache starts empty, as Redis keeps nothing on disk.
export STACK_DIR=$PWD/var/stack-bench
# shellcheck source=scripts/stack_lib.sh
source scripts/stack_lib.sh
stack_start
trap stack_stop EXIT
trap 'exit 130' INT TERM
echo "== starting a stack in var/stack-bench"
stack_wait
echo "== stack up after $(($(date +%s) - started)) s"
(
    # shellcheck disable=SC1091
    source "$STACK_DIR/env"
    "$PY" scripts/bench_viral.py --seconds "$SECONDS_EACH"
)
echo "== stopping the stack"
stack_stop
trap - EXIT

echo
echo "== Sign path vs trivial INSERT (scripts/bench_signatures.py)"
"$PY" scripts/bench_signatures.py --workers 2 --signers 32 --seconds "$SECONDS_EACH" --rounds 3

echo
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg); took $(($(date +%s) - started)) s"
