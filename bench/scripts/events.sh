#!/usr/bin/env bash
# The events scenarios (issue 15), run by run.sh inside a data set's run while the application is up:
#   events_rsvp  1,000 households answer one event (capacity 300) at 200 req/s; afterwards the
#                confirmed heads must be exactly 300 (checked in the database).
#   events_book  500 guardians race for 100 conference slots at 200 req/s; afterwards no slot may
#                hold two bookings (checked in the database).
#   events_feed  one guardian's calendar feed (about 200 events) at 200 req/s.
# Each with pgbench ceilings of the same SQL where it writes (bench/pgbench/events_*.sql).
# Usage (from run.sh): events.sh DIR DB KID; needs APP_PORT, KEY_FILE, FIXED_S, PG_S, CONC from lib.sh/run.sh.
source "$(dirname "$0")/lib.sh"
dir="$1" db="$2" kid="$3"
rate="${BENCH_EVENTS_RATE:-200}"
req="$dir/req"
log "events: generating 1,000 families, the storm's event, 100 slots and 200 feed events"
psql_admin -d "$db" -v out="$req" -f "$BENCH_DIR/sql/events-generate.sql" > "$dir/events-generate.txt"
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$req/events-users.tsv" "$req/events-tokens.txt" 2>/dev/null
run_fixed() { # run_fixed NAME
    node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/events-tokens.txt" \
        --requests "$req/$1.tsv" --rate "$rate" --duration "${FIXED_S:-5}" --connections 64 --label "$1" \
        --out "$dir/fixed-$1.json" >/dev/null
    log "  $1 @ $rate/s: $(node -e 'const r=require(process.argv[1]); console.log(`p50 ${r.latency_ms.p50} ms, p99 ${r.latency_ms.p99} ms, statuses ${JSON.stringify(r.status)}`)' "$dir/fixed-$1.json")"
}
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
for s in events_rsvp events_book; do
    PGPASSWORD="${TANDEM_DB_PASSWORD:-tandem}" pgbench -n -h "$PGHOST_" -p "$PGPORT_" -U "${TANDEM_DB_USER:-tandem}" -M prepared \
        -c "${CONC:-20}" -j 2 -T "${PG_S:-4}" -D n=1000 -f "$BENCH_DIR/pgbench/$s.sql" "$db" > "$dir/pgbench-$s.txt" 2>&1 || true
    log "  $s pgbench: $(grep -E '^tps' "$dir/pgbench-$s.txt" || tail -n 3 "$dir/pgbench-$s.txt")"
done
