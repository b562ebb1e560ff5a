# shellcheck shell=bash
# Sourced by the scripts that need a stack of their own for a while (scripts/test_stack.sh,
# scripts/bench.sh): start scripts/stack.sh in the background with its state in STACK_DIR,
# wait until it serves, stop it. The stack uses the ports `make stack` uses: stop that first.
#
#   export STACK_DIR=$PWD/var/stack-something
#   stack_start            # sets STACK_PID; output in $STACK_DIR/stack.out
#   trap stack_stop EXIT
#   stack_wait             # returns once $STACK_DIR/ready exists (fails after 3 minutes)

stack_start() {
    mkdir -p "$STACK_DIR"
    bash scripts/stack.sh >"$STACK_DIR/stack.out" 2>&1 &
    STACK_PID=$!
}

stack_wait() {
    for _ in $(seq 900); do
        [ -f "$STACK_DIR/ready" ] && return 0
        if ! kill -0 "$STACK_PID" 2>/dev/null; then
            cat "$STACK_DIR/stack.out"
            echo "The stack did not start."
            return 1
        fi
        sleep 0.2
    done
    cat "$STACK_DIR/stack.out"
    echo "The stack did not start in 3 minutes."
    return 1
}

stack_stop() {  # stack.sh's own trap stops every service, in order, before it exits
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
}
