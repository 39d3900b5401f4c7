#!/usr/bin/env bash
# The events scenarios (issue 15), run by run.sh inside a data set's run while the application is up:
#   events_rsvp  1,000 households answer one event (capacity 300) at 200 req/s; afterwards the
#                confirmed heads must be exactly 300 (checked in the database).
#   events_book  500 guardians race for 100 conference slots at 200 req/s; afterwards no slot may
#                hold two bookings (checked in the database).
#   events_feed  one guardian's calendar feed (about 200 events) at 200 req/s.
# Each with a pgbench ceiling of exactly the application's SQL (bench/pgbench/events_*.sql, written
# from the Java sources by events-sql.sh, afresh into the run's directory): at CONC clients (run.sh passes
# the application's pool size) and at one client (latency per transaction, which a busy machine disturbs
# least). Each HTTP scenario records the application's and its PostgreSQL backends' CPU per request
# (clock ticks in fixed-NAME.cpu).
# Usage (from run.sh): events.sh DIR DB KID; needs APP_PORT, APP_PID, KEY_FILE, FIXED_S, PG_S, CONC.
source "$(dirname "$0")/lib.sh"
dir="$1" db="$2" kid="$3"
rate="${BENCH_EVENTS_RATE:-200}"
req="$dir/req"
log "events: generating 1,000 families, the storm's event, 100 slots and 200 feed events"
psql_admin -d "$db" -v out="$req" -f "$BENCH_DIR/sql/events-generate.sql" > "$dir/events-generate.txt"
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$req/events-users.tsv" "$req/events-tokens.txt" 2>/dev/null
ticks() { # ticks: CPU clock ticks (user + system) of the application and of the database's backends
    local app pg=0 p
    app=$(awk '{print $14 + $15}' "/proc/${APP_PID:-0}/stat" 2>/dev/null || echo 0)
    for p in $(psql_admin -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"); do
        pg=$(( pg + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
    done
    echo "$app $pg"
}
run_fixed() { # run_fixed NAME
    local before after
    before=$(ticks)
    node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/events-tokens.txt" \
        --requests "$req/$1.tsv" --rate "$rate" --duration "${FIXED_S:-5}" --connections 64 --label "$1" \
        --out "$dir/fixed-$1.json" >/dev/null
    after=$(ticks)
    echo "$before $after $(getconf CLK_TCK)" > "$dir/fixed-$1.cpu"
    log "  $1 @ $rate/s: $(node -e '
        const r = require(process.argv[1]); const [a0, p0, a1, p1, hz] = process.argv[2].split(" ").map(Number);
        const n = r.sent || 1, ms = t => (1000 * t / hz / n).toFixed(2);
        console.log(`p50 ${r.latency_ms.p50} ms, p99 ${r.latency_ms.p99} ms, statuses ${JSON.stringify(r.status)}, CPU per request: app ${ms(a1 - a0)} ms, db ${ms(p1 - p0)} ms`)' \
        "$dir/fixed-$1.json" "$(cat "$dir/fixed-$1.cpu")")"
}
# Warm-up: the same three loads against a rehearsal event, conference and the feed, unmeasured, so
# the measured runs meet a JVM that has compiled the events code (a run twice in one JVM showed the
# first pass's tails to be warm-up: bench/results/20261128T131801Z-quick/NOTE.md).
for s in events_rsvp events_book; do
    node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/events-tokens.txt" \
        --requests "$req/warm-$s.tsv" --rate "$rate" --duration "${FIXED_S:-5}" --connections 64 --label "warm-$s" \
        --out "$dir/warm-$s.json" >/dev/null
done
node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/events-tokens.txt" \
    --requests "$req/events_feed.tsv" --rate "$rate" --duration "${FIXED_S:-5}" --connections 64 --label "warm-events_feed" \
    --out "$dir/warm-events_feed.json" >/dev/null
log "  events warm-up done (rehearsal event, conference and the feed)"
run_fixed events_rsvp
psql_admin -d "$db" -At -c "SELECT json_build_object('capacity', e.capacity,
    'confirmed_heads', (SELECT coalesce(sum(1 + adult_guests + child_guests), 0) FROM event_rsvp r WHERE r.event_id = e.id AND r.status = 'confirmed'),
    'waitlisted_households', (SELECT count(*) FROM event_rsvp r WHERE r.event_id = e.id AND r.status = 'waitlisted'))
    FROM event e WHERE e.id = (SELECT storm_event FROM bench.ev_ids)" > "$dir/check-events_rsvp.json"
log "  events_rsvp afterwards: $(cat "$dir/check-events_rsvp.json")"
run_fixed events_book
psql_admin -d "$db" -At -c "SELECT json_build_object('bookings', count(*), 'slots_booked', count(DISTINCT slot_id),
    'double_bookings', count(*) - count(DISTINCT slot_id))
    FROM conference_booking WHERE conference_id = (SELECT conference FROM bench.ev_ids)" > "$dir/check-events_book.json"
log "  events_book afterwards: $(cat "$dir/check-events_book.json")"
run_fixed events_feed
"$BENCH_DIR/scripts/events-sql.sh" "$dir"
for s in events_rsvp events_book events_feed; do
    for c in "${CONC:-20}" 1; do
        PGPASSWORD="${TANDEM_DB_PASSWORD:-tandem}" pgbench -n -h "$PGHOST_" -p "$PGPORT_" -U "${TANDEM_DB_USER:-tandem}" -M prepared \
            -c "$c" -j "$(( c > 1 ? 2 : 1 ))" -T "${PG_S:-4}" -D n=1000 -f "$dir/$s.sql" "$db" > "$dir/pgbench-$s-c$c.txt" 2>&1 || true
        log "  $s pgbench -c $c: $(grep -E '^(latency average|tps)' "$dir/pgbench-$s-c$c.txt" | tr '\n' ' ' || tail -n 3 "$dir/pgbench-$s-c$c.txt")"
    done
done
