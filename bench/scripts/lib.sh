# Shared helpers of the benchmark scripts (sourced). Loopback only; every wait is bounded.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PGHOST_="${TANDEM_DB_HOST:-127.0.0.1}"
PGPORT_="${TANDEM_DB_PORT:-5432}"
PGADMIN="${PGADMIN_USER:-postgres}"
APP_PORT="${BENCH_HTTP_PORT:-18080}"
# The heap (BENCH_HEAP overrides it) and every other JVM option come from scripts/java-opts.sh,
# as for `make run` and the Docker image.
APP_HEAP="${BENCH_HEAP:-$("$ROOT/scripts/java-opts.sh" --heap)}"
KEY_FILE="$ROOT/.tandem/bench/signing-key.pem"
CURSOR_SECRET="bench-cursor-secret-not-for-production"

log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGADMIN" "$@"; }

ensure_key() {
    if [[ ! -f "$KEY_FILE" ]]; then
        mkdir -p "$(dirname "$KEY_FILE")" && chmod 700 "$(dirname "$KEY_FILE")"
        (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_FILE" 2>/dev/null)
    fi
}

# Creates (or recreates) a benchmark database owned by the application's role.
recreate_db() {
    local db="$1"
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER ${TANDEM_DB_USER:-tandem}"
}

now_ms() { date +%s%3N; }

# start_app DB LOGFILE: starts the packaged application (prod profile) in the background.
# Sets APP_PID, APP_JVM_OPTS, APP_START_MS (just before exec) and, once it answers, APP_FIRST_MS.
start_app() {
    local db="$1" logfile="$2"
    ensure_key
    APP_JVM_OPTS="$(TANDEM_JAVA_HEAP="$APP_HEAP" "$ROOT/scripts/java-opts.sh") ${BENCH_JVM_OPTS:-}"
    APP_START_MS=$(now_ms)
    QUARKUS_HTTP_HOST=127.0.0.1 TANDEM_DB_NAME="$db" TANDEM_HTTP_PORT="$APP_PORT" TANDEM_JWT_SIGNING_KEY_LOCATION="$KEY_FILE" \
    TANDEM_CURSOR_SECRET="$CURSOR_SECRET" TANDEM_LOG_JSON=false TANDEM_DEMO=false \
    TANDEM_ACCESS_TOKEN_LIFESPAN="${BENCH_TOKEN_LIFESPAN:-PT3H}" TANDEM_DB_POOL_SIZE="${BENCH_POOL:-20}" \
        "$JAVA_HOME/bin/java" $APP_JVM_OPTS \
        -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$logfile" 2>&1 &
    APP_PID=$!
    # First served request: the JWKS document (public, but through the same HTTP stack). Poll every 10 ms, 120 s at most.
    local i
    for i in $(seq 1 12000); do
        if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/.well-known/jwks.json" 2>/dev/null; then
            APP_FIRST_MS=$(now_ms)
            APP_FIRST_TICKS=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logfile" >&2; die "the application exited during start-up"; }
        sleep 0.01
    done
    die "the application did not answer within 120 s"
}

stop_app() {
    if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# analyse_like_autovacuum DB: on a server with autovacuum off (some CI images turn it off), does the
# part of autovacuum's work a run depends on: ANALYZE of every table changed past autovacuum's default
# threshold (50 rows + 10% of the table since its last analysis), and prints their names. Without it a
# table that a scenario filled keeps the statistics of when it was empty, and so do the plans cached on
# the application's pooled connections: the notification ledger's foreign-key check, planned while
# `notification` was empty, stays a sequential scan of the whole table, and the next scenario runs at
# half speed (bench/performance-notes.md, session 11). With autovacuum on it does nothing.
analyse_like_autovacuum() {
    local db="$1" tables
    [[ "$(psql_admin -d "$db" -At -c 'SHOW autovacuum')" == on ]] && return 0
    tables=$(psql_admin -d "$db" -At -c "SELECT string_agg(format('%I', s.relname), ', ' ORDER BY s.relname)
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)")
    [[ -z "$tables" ]] && return 0
    psql_admin -d "$db" -q -c "ANALYZE $tables" >/dev/null
    echo "$tables"
}

# settle DB LABEL OUT: waits (180 s at most) until the application's background work caused by the
# previous scenario is done: every outbox consumer (notifications, webhooks) has read every event, and
# no notification delivery is due. Without it, the notifications of 3,000 posts (~90,000 feed entries
# and mails on the bench data) are still being sent while the next scenario is measured. Appends
# {label, seconds, events_behind, deliveries_due} to OUT (JSON lines) and logs the wait.
settle() {
    local db="$1" label="$2" out="$3" t0 state behind=0 due=0 i
    t0=$(now_ms)
    for i in $(seq 1 1800); do
        state=$(psql_admin -d "$db" -At -F ' ' -c "SELECT
            (SELECT count(*) FROM domain_event e WHERE EXISTS (SELECT 1 FROM outbox_consumer c WHERE (e.tx_id, e.id) > (c.last_tx, c.last_id))),
            (SELECT count(*) FROM notification_delivery WHERE state = 'queued' AND next_attempt_at <= now())" 2>/dev/null || echo "0 0")
        read -r behind due <<< "$state"
        (( i == 1 )) && local first_behind=$behind first_due=$due
        (( behind == 0 && due == 0 )) && break
        sleep 0.1
    done
    local secs analysed
    analysed=$(analyse_like_autovacuum "$db")
    secs=$(node -e 'console.log(((Number(process.argv[2]) - Number(process.argv[1])) / 1000).toFixed(1))' "$t0" "$(now_ms)")
    printf '{"label":"%s","seconds":%s,"events_behind":%s,"deliveries_due":%s,"settled":%s,"analysed":"%s"}\n' \
        "$label" "$secs" "${first_behind:-0}" "${first_due:-0}" "$([[ $behind == 0 && $due == 0 ]] && echo true || echo false)" "$analysed" >> "$out"
    log "  settled after $label: ${secs} s (at its end ${first_behind:-0} events unread by a consumer, ${first_due:-0} notification deliveries due)${analysed:+; analysed (autovacuum is off): $analysed}"
}
