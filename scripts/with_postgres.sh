#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at PostgreSQL. When DATABASE_URL is not already
# set, starts a throwaway server from the Debian binaries as the unprivileged `postgres` user
# on 127.0.0.1, and always stops it and removes its files on exit (also on failure or Ctrl-C).
set -euo pipefail

if [ -n "${DATABASE_URL:-}" ]; then
    exec "$@"
fi

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "PostgreSQL server binaries not found; installing Debian's postgresql package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

RUN_AS=()
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    RUN_AS=(runuser -u postgres --)
fi

PGTMP=$(mktemp -d /tmp/pg.XXXXXX)
[ "$(id -u)" = "0" ] && chown postgres: "$PGTMP"
chmod 700 "$PGTMP"
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')

cleanup() {
    (cd "$PGTMP" && "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1) || true
    rm -rf "$PGTMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

(
    cd "$PGTMP"
    "${RUN_AS[@]}" "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >/dev/null
    # Durability off: this server is thrown away after the run.
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/pg.log" -w -t 30 -o \
        "-c listen_addresses=127.0.0.1 -p $PORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    # The database DATABASE_URL names, so that checks which connect before the tests find it.
    "${RUN_AS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres campaign
)
echo "Started a throwaway PostgreSQL on 127.0.0.1:$PORT"
export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/campaign"

# Run in the background and wait, so that a SIGTERM still reaches the trap and stops the server.
"$@" &
wait $!
