#!/usr/bin/env bash
# `make stack`: the production topology on one machine, from Debian and PyPI packages only
# (no Docker, nothing downloaded while it runs):
#
#   http://127.0.0.1:8080  Varnish, deploy/varnish/default.vcl: round-robin, health probes
#     -> 127.0.0.1:8081    gunicorn app server A  (production settings, DEBUG off)
#     -> 127.0.0.1:8082    gunicorn app server B
#   PostgreSQL (persistent, fsync on), Redis, moto's S3 server for media, the task worker
#   and the scheduler.
#
# State lives in STACK_DIR (var/stack): the database, the generated secret key, the media
# bucket's copy, the logs (logs/*.log) and `env`, the environment every process uses, so that
# `source var/stack/env && .venv/bin/python manage.py shell` works on the same data.
# Ctrl-C or SIGTERM stops everything. Services that exit are started again (as a process
# manager would), except while STACK_DIR/<name>.hold exists: the stack tests use that to
# keep Redis down or an app server dead on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python

STACK_DIR=$(realpath -m "${STACK_DIR:-var/stack}")
STACK_WORKERS=${STACK_WORKERS:-2}
PG_PORT=${STACK_PG_PORT:-54329}
REDIS_PORT=${STACK_REDIS_PORT:-6390}
S3_PORT=${STACK_S3_PORT:-9010}
# The edge and app ports are fixed: deploy/varnish/default.vcl names them.
EDGE_PORT=8080
APP_PORTS=(8081 8082)

say() { echo "stack: $*"; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {  # PORT NAME: up to 30 s
    for _ in $(seq 300); do
        port_busy "$1" && return 0
        sleep 0.1
    done
    say "$2 did not start on port $1; see $STACK_DIR/logs/"
    return 1
}

if ! command -v varnishd >/dev/null || ! command -v redis-server >/dev/null; then
    say "installing Debian's varnish and redis-server"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish redis-server >/dev/null
fi
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    say "installing Debian's postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

for port in "$EDGE_PORT" "${APP_PORTS[@]}" "$PG_PORT" "$REDIS_PORT" "$S3_PORT"; do
    if port_busy "$port"; then
        say "port $port is in use (another \`make stack\` running?); stop it first"
        exit 1
    fi
done

mkdir -p "$STACK_DIR/logs"
rm -f "$STACK_DIR"/*.hold

# PostgreSQL refuses to run as root: run it as the unprivileged `postgres` user.
RUN_AS=()
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    RUN_AS=(runuser -u postgres --)
fi
PGDATA=$STACK_DIR/pg
PGSOCK=$STACK_DIR/pgsock
pg() { (cd "$STACK_DIR" && "${RUN_AS[@]}" "$@"); }

SUPERVISED=()
stop_supervised() {  # NAME...: together, and wait until all have exited
    local name pid pids=()
    for name in "$@"; do
        pid=$(cat "$STACK_DIR/$name.supervisor" 2>/dev/null) || continue
        kill -TERM "$pid" 2>/dev/null || true
        pids+=("$pid")
        rm -f "$STACK_DIR/$name.supervisor" "$STACK_DIR/$name.pid"
    done
    for pid in "${pids[@]}"; do
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    done
}

cleanup() {
    trap '' INT TERM
    say "stopping"
    stop_supervised varnish app-a app-b worker scheduler
    if port_busy "$S3_PORT" && [ -f "$STACK_DIR/env" ]; then
        (source "$STACK_DIR/env" && "$PY" scripts/stack_s3.py save "$STACK_DIR/media") || true
    fi
    stop_supervised s3 redis
    if [ -f "$PGDATA/postmaster.pid" ]; then
        pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
    fi
    rm -f "$STACK_DIR/ready"
    say "stopped"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

supervise() {  # NAME COMMAND...: run it in its own process group, logs to logs/NAME.log
    local name=$1
    shift
    (
        child=""
        trap '[ -n "$child" ] && kill -TERM -- "-$child" 2>/dev/null; wait; exit 0' TERM
        trap '' INT  # Ctrl-C reaches the whole group; the main script decides the order
        while :; do
            if [ -e "$STACK_DIR/$name.hold" ]; then
                sleep 0.2
                continue
            fi
            # setsid: the service and its children form a group that can be stopped (or, in
            # the tests, killed) as one, without touching the other services.
            setsid "$@" >>"$STACK_DIR/logs/$name.log" 2>&1 </dev/null &
            child=$!
            echo "$child" >"$STACK_DIR/$name.pid"
            wait "$child" || true
            child=""
            sleep 0.5
        done
    ) &
    echo $! >"$STACK_DIR/$name.supervisor"
    SUPERVISED+=("$name")
}

# --- PostgreSQL: persistent, durable (fsync on) --------------------------------------------
if [ ! -f "$PGDATA/PG_VERSION" ]; then
    say "creating the database cluster in $PGDATA"
    mkdir -p "$PGDATA"
    [ "$(id -u)" = "0" ] && chown postgres: "$PGDATA"
    chmod 700 "$PGDATA"
    pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
mkdir -p "$PGSOCK"
[ "$(id -u)" = "0" ] && chown postgres: "$PGSOCK" "$STACK_DIR/logs"
pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$STACK_DIR/logs/postgresql.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PGSOCK -c max_connections=200" start >/dev/null
pg "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'campaign'" | grep -q 1 \
    || pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres campaign
say "PostgreSQL on 127.0.0.1:$PG_PORT"

# --- Redis and object storage ------------------------------------------------------------
supervise redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --daemonize no --dir "$STACK_DIR"
supervise s3 "$ROOT/.venv/bin/moto_server" -H 127.0.0.1 -p "$S3_PORT"
wait_for_port "$REDIS_PORT" Redis
wait_for_port "$S3_PORT" "the S3 server"

# --- The environment every process shares ---------------------------------------------------
[ -s "$STACK_DIR/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' \
    >"$STACK_DIR/secret_key"
chmod 600 "$STACK_DIR/secret_key"
EDGE=http://127.0.0.1:$EDGE_PORT
cat >"$STACK_DIR/env" <<EOF
# Written by scripts/stack.sh: the environment of the stack's processes. Source it to run
# manage.py against the stack's database, cache and storage.
export DJANGO_SETTINGS_MODULE=site_core.settings.production
export SECRET_KEY=$(cat "$STACK_DIR/secret_key")
export VAR_DIR=$STACK_DIR
export STATIC_ROOT=$STACK_DIR/static
export DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/campaign
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
export AWS_STORAGE_BUCKET_NAME=campaign-media
export AWS_S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
export AWS_S3_REGION_NAME=us-east-1
export AWS_S3_ADDRESSING_STYLE=path
export AWS_DEFAULT_ACL=public-read
export AWS_ACCESS_KEY_ID=stack-local
export AWS_SECRET_ACCESS_KEY=stack-local
export SITE_URL=$EDGE
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS=$EDGE
export TRUSTED_PROXIES=127.0.0.1
export FRONTEND_CACHE_HTTP_URLS=$EDGE
export SECURE_SSL_REDIRECT=0
export SECURE_HSTS_SECONDS=0
export SESSION_COOKIE_SECURE=0
export CSRF_COOKIE_SECURE=0
export EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend
export STACK_DIR=$STACK_DIR
export STACK_PGBIN=$PGBIN
export STACK_PG_PORT=$PG_PORT
export STACK_REDIS_PORT=$REDIS_PORT
export STACK_EDGE_URL=$EDGE
export STACK_APP_A_URL=http://127.0.0.1:${APP_PORTS[0]}
export STACK_APP_B_URL=http://127.0.0.1:${APP_PORTS[1]}
EOF
chmod 600 "$STACK_DIR/env"
# shellcheck disable=SC1091
source "$STACK_DIR/env"

"$PY" scripts/stack_s3.py restore "$STACK_DIR/media"
say "migrating, collecting static files, loading the demo campaign"
"$PY" manage.py migrate --noinput >"$STACK_DIR/logs/setup.log"
"$PY" manage.py collectstatic --noinput >>"$STACK_DIR/logs/setup.log"
"$PY" manage.py load_demo >>"$STACK_DIR/logs/setup.log" 2>&1
"$PY" manage.py ensure_local_admin

# --- The app servers, the worker, the scheduler, the edge ------------------------------------
for i in 0 1; do
    name=app-$([ "$i" = 0 ] && echo a || echo b)
    supervise "$name" env APP_SERVER_NAME="$name" "$ROOT/.venv/bin/gunicorn" site_core.wsgi \
        --bind "127.0.0.1:${APP_PORTS[$i]}" --workers "$STACK_WORKERS" --graceful-timeout 5 \
        --no-control-socket
done
supervise worker "$PY" manage.py db_worker --queue-name '*'
supervise scheduler "$PY" manage.py run_scheduler
supervise varnish varnishd -F -a "127.0.0.1:$EDGE_PORT" -f "$ROOT/deploy/varnish/default.vcl" \
    -n "$STACK_DIR/varnish" -s malloc,256m -T 127.0.0.1:0
for port in "${APP_PORTS[@]}" "$EDGE_PORT"; do wait_for_port "$port" "port $port"; done
# Ready once Varnish's own probes call every app server healthy: a probe that ran before a
# gunicorn listened marks it sick until two good probes a second apart, and meanwhile the
# edge answered 503 to the first requests (seen on a busy machine).
for _ in $(seq 150); do
    healthy=$(varnishadm -n "$STACK_DIR/varnish" backend.list 2>/dev/null | grep -c healthy || true)
    [ "$healthy" -ge "${#APP_PORTS[@]}" ] && curl -fsS -o /dev/null "$EDGE/health/live/" && break
    sleep 0.2
done
say "serving $EDGE/ through Varnish (app servers: ${APP_PORTS[*]/#/127.0.0.1:})"
say "logs in $STACK_DIR/logs/; environment in $STACK_DIR/env; stop with Ctrl-C"
touch "$STACK_DIR/ready"

# Wait in the background-friendly way: bash runs the EXIT trap as soon as a signal arrives.
while :; do
    wait || true
    sleep 1
done
