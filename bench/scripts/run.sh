#!/usr/bin/env bash
# The messaging benchmark. `make bench` (MODE=full, ~25 min when the data sets exist) or
# `make bench-quick` (MODE=quick, ~2 min). See docs/performance.md for what it measures and why.
#
# Environment: BENCH_HEAP (default: scripts/java-opts.sh's, 160m), BENCH_JVM_OPTS (added to the
# options of scripts/java-opts.sh), BENCH_CONNECTIONS (20: HTTP connections for maximum throughput and
# the warm-up), BENCH_POOL (twice the cores: the application's connection pool and pgbench's clients), BENCH_REGENERATE=1 (rebuild the data
# sets even if their template databases match the generator), BENCH_HTTP_PORT (18080), BENCH_DB_PREFIX
# (tandem_bench: the data sets' databases are <prefix>_<set> and <prefix>_<set>_tpl, so that several
# worktrees on one machine can each keep their own).
source "$(dirname "$0")/lib.sh"
MODE="${1:-quick}"
[[ "$MODE" == full || "$MODE" == quick ]] || die "usage: run.sh full|quick"
JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"; export JAVA_HOME
CONC="${BENCH_CONNECTIONS:-20}"
DB_PREFIX="${BENCH_DB_PREFIX:-tandem_bench}"
# The application's connection pool, and pgbench's clients (the same SQL at the same concurrency into
# PostgreSQL): twice the machine's cores, PostgreSQL's own advice for a pool, not the HTTP connections.
# PostgreSQL shares this machine's cores with the application and the load tools; more backends than
# that only take turns on them. pgbench of the inbox on 2 cores: 1,175-1,522 tps at 2 clients, 908-1,190
# at 4, 600-927 at 8, 366-450 at 20 (bench/performance-notes.md, session 16).
POOL="${BENCH_POOL:-$(( 2 * $(nproc) ))}"
export BENCH_POOL="$POOL"
# The webhook scenario delivers to a receiver on this machine (production refuses http and local addresses).
export TANDEM_WEBHOOKS_ALLOW_HTTP=true TANDEM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true
READ_RATE="${BENCH_READ_RATE:-500}"
WRITE_RATE="${BENCH_WRITE_RATE:-200}"
if [[ "$MODE" == full ]]; then
    DATASETS=(small full); FIXED_S=15; MAX_S=10; WARM_S=30; PG_S=10
else
    DATASETS=(small); FIXED_S=5; MAX_S=4; WARM_S=8; PG_S=4
fi
READS=(ceiling unread inbox inbox_deep thread_latest thread_older goals_list goals_progress timeline timeline_deep)
WRITES=(mark_read post)
MIX="unread:30,inbox:25,thread_latest:22,thread_older:3,inbox_deep:2,mark_read:12,post:6"
# For working on one thing: BENCH_DATASETS="full" and/or BENCH_SCENARIOS="inbox thread_latest" (any of
# READS, WRITES, mix) run part of the benchmark; a partial run writes its report but not docs/performance.md.
PARTIAL=""
if [[ -n "${BENCH_DATASETS:-}" ]]; then read -r -a DATASETS <<< "$BENCH_DATASETS"; PARTIAL=1; fi
if [[ -n "${BENCH_SCENARIOS:-}" ]]; then
    PARTIAL=1
    keep() { local s out=(); for s in "$@"; do [[ " $BENCH_SCENARIOS " == *" $s "* ]] && out+=("$s"); done; echo "${out[*]:-}"; }
    read -r -a READS <<< "$(keep "${READS[@]}")"; read -r -a WRITES <<< "$(keep "${WRITES[@]}")"
fi
wanted() { [[ -z "${BENCH_SCENARIOS:-}" || " $BENCH_SCENARIOS " == *" $1 "* ]]; }

# Provision what a Debian machine lacks (as CI does), then insist.
declare -A PACKAGE=([wrk]=wrk [node]=nodejs [pgbench]=postgresql-client [psql]=postgresql-client
                    [vacuumdb]=postgresql-client [curl]=curl [openssl]=openssl)
missing=()
for tool in "${!PACKAGE[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${PACKAGE[$tool]}")
done
if (( ${#missing[@]} )) && command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq </dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi
for tool in wrk node pgbench psql vacuumdb curl openssl; do
    command -v "$tool" >/dev/null || die "'$tool' is needed (wrk: apt-get install wrk; node: apt-get install nodejs; pgbench/psql: postgresql-client)"
done
"$ROOT/scripts/ensure-db.sh"
if [[ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/quarkus-app/quarkus-run.jar" -type f | head -n1)" ]]; then
    log "building the application jar"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
# The JDK 25 AOT cache the application starts with, as under `make run` (~30 s after a build).
"$ROOT/scripts/aot-cache.sh"

RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)-$MODE"
OUT="$BENCH_DIR/results/$RUN_ID"
mkdir -p "$OUT" "$BENCH_DIR/results/tmp"
trap 'stop_app; [[ -n "${RSS_PID:-}" ]] && kill "$RSS_PID" 2>/dev/null; true' EXIT
log "results in ${OUT#$ROOT/}"

# --- The machine, and how busy it is --------------------------------------------------------
machine_json() {
    local when="$1"
    node -e '
      const os = require("os"); const fs = require("fs");
      const [when, java, pg, wrkv, load, top, connections, pool] = process.argv.slice(1);
      console.log(JSON.stringify({ when, date: new Date().toISOString(), cpu: os.cpus()[0].model, cores: os.cpus().length,
        memory_gb: Math.round(os.totalmem() / 2 ** 30 * 10) / 10, kernel: os.release(), java, postgres: pg, wrk: wrkv,
        node: process.version, loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100), uptime: load, top: top.split("\n"),
        connections: Number(connections), pool: Number(pool) }));
    ' "$when" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)" \
      "$(psql_admin -d postgres -At -c 'SHOW server_version') (shared_buffers $(psql_admin -d postgres -At -c 'SHOW shared_buffers'), autovacuum $(psql_admin -d postgres -At -c 'SHOW autovacuum'))" \
      "$(wrk -v 2>&1 | head -n1)" "$(uptime)" "$(ps aux --sort=-%cpu | head -n 12 | cut -c1-180)" "$CONC" "$POOL"
}
machine_json start > "$OUT/machine-start.json"
# A server with autovacuum off (some CI images turn it off) never analyses or vacuums the tables a run
# fills (the notification ledger, live events): their plans go stale and dead rows pile up, which a
# production database does not see. Between scenarios `settle` analyses what changed, as autovacuum
# would (lib.sh, analyse_like_autovacuum); within a scenario and for dead rows nothing stands in for it.
# Say so; the report's PostgreSQL line shows the setting too.
if [[ "$(psql_admin -d postgres -At -c 'SHOW autovacuum')" != on ]]; then
    log "WARNING: autovacuum is off on this PostgreSQL server; the figures are not those of a production database (the benchmark analyses changed tables between scenarios, nothing more; ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf(); turns it on)"
fi

# --- Data sets: generated once into template databases, cloned fresh for every run -----------
# The generator's SQL and the migrations: a template made before a new migration (or before an edit of
# one not landed yet) is made again; else the application would migrate each fresh clone at start-up,
# inside the measured start, or refuse a changed one.
checksum() { cat "$BENCH_DIR"/sql/generate.sql "$BENCH_DIR"/sql/messages.sql "$BENCH_DIR"/sql/goals.sql "$BENCH_DIR"/sql/celebrations.sql "$BENCH_DIR"/sql/finish*.sql \
                 "$ROOT"/src/main/resources/db/migration/* | sha256sum | cut -c1-16; }
scale_of() { [[ "$1" == full ]] && echo 1 || echo 0.1; }
prepare_dataset() {
    local ds="$1" tpl="${DB_PREFIX}_${1}_tpl" db="${DB_PREFIX}_$1" want have
    want="$(checksum)-$(scale_of "$ds")"
    have="$(psql_admin -d "$tpl" -At -c "SELECT checksum FROM bench.params" 2>/dev/null || true)"
    if [[ "$have" != "$want" || -n "${BENCH_REGENERATE:-}" ]]; then
        log "generating the $ds data set into $tpl (generator $want)"
        "$BENCH_DIR/scripts/generate.sh" "$tpl" "$(scale_of "$ds")" > "$OUT/generate-$ds.json"
        psql_admin -d "$tpl" -c "ALTER TABLE bench.params ADD COLUMN IF NOT EXISTS checksum text" \
                             -c "ALTER TABLE bench.params ADD COLUMN IF NOT EXISTS report jsonb" \
                             -c "UPDATE bench.params SET checksum = '$want', report = \$\$$(cat "$OUT/generate-$ds.json")\$\$"
    else
        log "$ds data set: template $tpl matches the generator; cloning it"
        # The generation report (counts, timings) of the template, marked as reused.
        psql_admin -d "$tpl" -At -c "SELECT coalesce(report, '{}'::jsonb) || jsonb_build_object('reused', true, 'generated_at', generated_at) FROM bench.params" > "$OUT/generate-$ds.json"
    fi
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        -c "CREATE DATABASE $db TEMPLATE $tpl STRATEGY FILE_COPY OWNER ${TANDEM_DB_USER:-tandem}"
}

# --- Measurements ---------------------------------------------------------------------------
sample_rss() { # sample_rss FILE SECONDS: peak RSS (kB) of the app while a run lasts
    local file="$1" secs="$2" peak=0 v i
    for i in $(seq 1 $(( secs * 4 + 8 ))); do
        v=$(rss_kb "$APP_PID" 2>/dev/null || echo 0); (( v > peak )) && peak=$v
        echo "$peak" > "$file"; sleep 0.25
    done
}
fixed_rate() { # fixed_rate DIR NAME RATE REQUESTS
    local dir="$1" name="$2" rate="$3" reqs="$4"
    sample_rss "$dir/rss-fixed-$name.txt" "$FIXED_S" & RSS_PID=$!
    node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$dir/req/tokens.txt" \
        --requests "$reqs" --rate "$rate" --duration "$FIXED_S" --connections 64 --label "$name" \
        --out "$dir/fixed-$name.json" >/dev/null
    kill "$RSS_PID" 2>/dev/null || true; wait "$RSS_PID" 2>/dev/null || true; RSS_PID=""
    log "  $name @ $rate/s: $(node -e 'const r=require(process.argv[1]); console.log(`p50 ${r.latency_ms.p50} ms, p99 ${r.latency_ms.p99} ms, ok ${r.ok}/${r.sent}`)' "$dir/fixed-$name.json")"
}
# CPU time (clock ticks, user + system) of the application and of the PostgreSQL backends serving
# database $1: on a shared machine, CPU per request is the figure that other processes disturb least.
cpu_ticks() {
    local db="$1" app=0 pg=0 p
    app=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat" 2>/dev/null || echo 0)
    for p in $(psql_admin -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"); do
        pg=$(( pg + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
    done
    echo "$app $pg"
}
max_rate() { # max_rate DIR NAME REQUESTS
    local dir="$1" name="$2" reqs="$3" before after
    before=$(cpu_ticks "${DB_PREFIX}_$(basename "$dir")")
    sample_rss "$dir/rss-max-$name.txt" "$MAX_S" & RSS_PID=$!
    BENCH_TOKENS="$dir/req/tokens.txt" BENCH_REQUESTS="$reqs" \
        wrk -t2 -c"$CONC" -d"${MAX_S}s" --timeout 10s -s "$BENCH_DIR/load/wrk.lua" "http://127.0.0.1:$APP_PORT" > "$dir/max-$name.txt" 2>&1 || true
    kill "$RSS_PID" 2>/dev/null || true; wait "$RSS_PID" 2>/dev/null || true; RSS_PID=""
    after=$(cpu_ticks "${DB_PREFIX}_$(basename "$dir")")
    echo "CPUTICKS before $before after $after hz $(getconf CLK_TCK)" >> "$dir/max-$name.txt"
    log "  $name max: $(grep -E '^Requests/sec' "$dir/max-$name.txt" || echo '?')"
}
pg_ceiling() { # pg_ceiling DIR DB NAME
    local dir="$1" db="$2" name="$3" n
    n=$(psql_admin -d "$db" -At -c "SELECT count(*) FROM bench.pg WHERE scenario = '$name'")
    PGPASSWORD="${TANDEM_DB_PASSWORD:-tandem}" pgbench -n -h "$PGHOST_" -p "$PGPORT_" -U "${TANDEM_DB_USER:-tandem}" -M prepared \
        -c "$POOL" -j "$(( POOL > 1 ? 2 : 1 ))" -T "$PG_S" -D n="$n" -f "$BENCH_DIR/pgbench/$name.sql" "$db" > "$dir/pgbench-$name.txt" 2>&1 || true
    log "  $name pgbench: $(grep -E '^tps' "$dir/pgbench-$name.txt" || tail -n 3 "$dir/pgbench-$name.txt")"
}

run_dataset() {
    local ds="$1" db="${DB_PREFIX}_$1" dir="$OUT/$1" i
    mkdir -p "$dir/req"
    prepare_dataset "$ds"
    log "$ds: starting the application (prod profile, $(TANDEM_JAVA_HEAP="$APP_HEAP" "$ROOT/scripts/java-opts.sh"))"
    start_app "$db" "$dir/app.log"
    local rss0; rss0=$(rss_kb "$APP_PID")
    local quarkus_s; quarkus_s=$(grep -o 'started in [0-9.]*s' "$dir/app.log" | grep -o '[0-9.]*' | head -n1 || true)
    # Wait until the log says it started, so the "after start" RSS is after start.
    for i in $(seq 1 200); do [[ -n "$quarkus_s" ]] && break; sleep 0.1; quarkus_s=$(grep -o 'started in [0-9.]*s' "$dir/app.log" | grep -o '[0-9.]*' | head -n1 || true); done
    printf '{"first_request_ms":%s,"quarkus_started_in_s":%s,"cpu_s_to_first_request":%s,"rss_at_first_request_kb":%s,"heap":"%s","jvm_opts":"%s"}\n' \
        "$((APP_FIRST_MS - APP_START_MS))" "${quarkus_s:-null}" "$(awk -v hz="$(getconf CLK_TCK)" -v t="$APP_FIRST_TICKS" 'BEGIN{print t/hz}')" "$rss0" "$APP_HEAP" "${APP_JVM_OPTS//$ROOT\//}" > "$dir/startup.json"
    log "$ds: first request served $((APP_FIRST_MS - APP_START_MS)) ms after launch (Quarkus: ${quarkus_s}s)"

    log "$ds: choosing users and requests, minting tokens"
    psql_admin -d "$db" -v out="$dir/req" -f "$BENCH_DIR/sql/requests.sql" >/dev/null
    psql_admin -d "$db" -v out="$dir/req" -f "$BENCH_DIR/sql/goals-requests.sql" >/dev/null
    psql_admin -d "$db" -v out="$dir/req" -f "$BENCH_DIR/sql/celebrations-requests.sql" >/dev/null
    local kid; kid=$(curl -sf "http://127.0.0.1:$APP_PORT/.well-known/jwks.json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).keys[0].kid))')
    "$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
        "$dir/req/users.tsv" "$dir/req/tokens.txt" 2>/dev/null
    node "$BENCH_DIR/load/deep-cursors.js" "http://127.0.0.1:$APP_PORT" "$dir/req/tokens.txt" "$dir/req/deep_users.tsv" \
        "$dir/req/inbox_deep.tsv" > "$dir/deep-cursors.json"
    node "$BENCH_DIR/load/timeline-cursors.js" "http://127.0.0.1:$APP_PORT" "$dir/req/tokens.txt" "$dir/req/timeline.tsv" \
        "$dir/req/timeline_deep.tsv" > "$dir/timeline-cursors.json"
    psql_admin -d "$db" -c "CREATE TABLE IF NOT EXISTS bench.req (n serial, scenario text, method text, path text, user_i int, body text)"
    local s
    for s in "${READS[@]}" "${WRITES[@]}"; do
        sed "s/^/$s\t/" "$dir/req/$s.tsv" | psql_admin -d "$db" -c "COPY bench.req (scenario, method, path, user_i, body) FROM STDIN"
    done
    psql_admin -d "$db" -f "$BENCH_DIR/sql/pgbench-params.sql" > "$dir/pgbench-params.txt"
    psql_admin -d "$db" -f "$BENCH_DIR/sql/goals-pgbench-params.sql" >> "$dir/pgbench-params.txt"
    psql_admin -d "$db" -f "$BENCH_DIR/sql/celebrations-pgbench-params.sql" >> "$dir/pgbench-params.txt"
    psql_admin -d "$db" -f "$BENCH_DIR/sql/explain.sql" > "$dir/explain.txt" 2>&1 || log "EXPLAIN failed (see explain.txt; a partial run lacks the other scenarios)"

    log "$ds: warming up for ${WARM_S}s (the mix at full speed), then $(( WARM_S / 4 ))s for each read outside the mix"
    local mixreq; mixreq=$(echo "$MIX" | sed "s#\([a-z_]*\):#$dir/req/\1.tsv:#g")
    BENCH_TOKENS="$dir/req/tokens.txt" BENCH_REQUESTS="$mixreq" \
        wrk -t2 -c"$CONC" -d"${WARM_S}s" --timeout 10s -s "$BENCH_DIR/load/wrk.lua" "http://127.0.0.1:$APP_PORT" > "$dir/warmup.txt" 2>&1 || true
    # The reads outside the mix (goals, timeline) are warmed too, each alone at full speed: without it
    # their fixed-rate run measured the JIT compiling their code and PostgreSQL planning their first
    # statements on 20 fresh connections (p50 2-5 ms but p99 85-165 ms at 500/s on the small set).
    local w
    for w in "${READS[@]}"; do
        [[ "$w" == ceiling || ",$MIX," == *",$w:"* ]] && continue
        BENCH_TOKENS="$dir/req/tokens.txt" BENCH_REQUESTS="$dir/req/$w.tsv" \
            wrk -t2 -c"$CONC" -d"$(( WARM_S / 4 ))s" --timeout 10s -s "$BENCH_DIR/load/wrk.lua" \
            "http://127.0.0.1:$APP_PORT" >> "$dir/warmup.txt" 2>&1 || true
    done
    echo "{\"rss_after_warmup_kb\":$(rss_kb "$APP_PID")}" > "$dir/rss-warm.json"
    settle "$db" "warm-up" "$dir/settle.jsonl"

    # Fixed-rate runs first, in the same order and from the same state on both data sets, so that the
    # small-to-full comparison is not disturbed by the writes of maximum-throughput and pgbench runs
    # (autovacuum, checkpoints) that only the full set gets. Then maximum throughput, then pgbench.
    local -A reqs_of=() rate_of=()
    for s in "${READS[@]}" "${WRITES[@]}" mix; do
        reqs_of[$s]="$dir/req/$s.tsv"; rate_of[$s]=$READ_RATE
        [[ " ${WRITES[*]} " == *" $s "* ]] && rate_of[$s]=$WRITE_RATE
    done
    reqs_of[mix]="$mixreq"
    # Writes leave work behind them (notifications, webhooks: see settle in lib.sh): the next
    # scenario starts when it is done, and how long that took is reported (settle.jsonl).
    for s in "${READS[@]}" "${WRITES[@]}" mix; do
        wanted "$s" || continue
        fixed_rate "$dir" "$s" "${rate_of[$s]}" "${reqs_of[$s]}"
        if [[ " ${WRITES[*]} mix " == *" $s "* ]]; then settle "$db" "fixed-$s" "$dir/settle.jsonl"; fi
    done
    # The mix at 1,000/s as well: 500/s reads are measured above.
    if wanted mix; then fixed_rate "$dir" "mix-1000" 1000 "$mixreq"; settle "$db" "fixed-mix-1000" "$dir/settle.jsonl"; fi
    # And at half of what this machine serves of the mix, measured just before (wrk, closed loop): a
    # fixed rate that means the same on every machine, where 500/s is a different share of each. Not a
    # target of the issues; it says whether the mix keeps its latency when the machine is not saturated.
    if wanted mix; then
        local probe_rps half_rate
        BENCH_TOKENS="$dir/req/tokens.txt" BENCH_REQUESTS="$mixreq" \
            wrk -t2 -c"$CONC" -d"${MAX_S}s" --timeout 10s -s "$BENCH_DIR/load/wrk.lua" "http://127.0.0.1:$APP_PORT" > "$dir/mix-probe.txt" 2>&1 || true
        settle "$db" "mix-probe" "$dir/settle.jsonl"
        probe_rps=$(awk '/^Requests\/sec/ {print $2}' "$dir/mix-probe.txt")
        half_rate=$(awk -v c="${probe_rps:-0}" 'BEGIN { r = int(c / 2 + 0.5); print (r < 50 ? 50 : r) }')
        echo "{\"mix_probe_rps\":${probe_rps:-null},\"rate\":$half_rate}" > "$dir/mix-half.json"
        log "  the mix's maximum ${probe_rps:-?} req/s (probe): the mix at half of it, $half_rate req/s"
        fixed_rate "$dir" "mix-half" "$half_rate" "$mixreq"; settle "$db" "fixed-mix-half" "$dir/settle.jsonl"
    fi
    if [[ "$ds" == full || "$MODE" == quick ]]; then
        for s in "${READS[@]}" "${WRITES[@]}" mix; do
            wanted "$s" || continue
            max_rate "$dir" "$s" "${reqs_of[$s]}"
            if [[ " ${WRITES[*]} mix " == *" $s "* ]]; then settle "$db" "max-$s" "$dir/settle.jsonl"; fi
        done
    fi
    # pgbench on both data sets: the database's own view of the cost of history.
    for s in "${READS[@]}" "${WRITES[@]}"; do
        if wanted "$s" && [[ -f "$BENCH_DIR/pgbench/$s.sql" ]]; then pg_ceiling "$dir" "$db" "$s"; fi
    done
    # Events, RSVPs and conferences (issue 15): their own data, requests and checks.
    if wanted events; then APP_PID="$APP_PID" FIXED_S="$FIXED_S" PG_S="$PG_S" CONC="$POOL" "$BENCH_DIR/scripts/events.sh" "$dir" "$db" "$kid"; fi
    if wanted events; then settle "$db" "events" "$dir/settle.jsonl"; fi
    # Live updates (issue 18): 1,000 SSE streams, posts reaching their members under the mix.
    if wanted live; then APP_PID="$APP_PID" READ_RATE="$READ_RATE" "$BENCH_DIR/scripts/live.sh" "$dir" "$db" "$kid" "$mixreq"; fi
    if wanted live; then settle "$db" "live" "$dir/settle.jsonl"; fi
    # Webhooks and the changes feed (issue 19): 10,000 signed deliveries under the read mix, feed pages.
    if wanted webhooks; then FIXED_S="$FIXED_S" "$BENCH_DIR/scripts/webhooks.sh" "$dir" "$db" "$kid" "$mixreq"; fi
    # Roster sync (issue 17): the full directory as a OneRoster package into an empty district, again,
    # and a 1% delta (the package is the full set's size whichever data set runs: once per run).
    if wanted roster && [[ "$ds" == full || "$MODE" == quick ]]; then "$BENCH_DIR/scripts/roster.sh" "$dir" "$db" "$kid" || log "roster scenario failed (see roster.txt)"; fi
    echo "{\"rss_end_kb\":$(rss_kb "$APP_PID")}" > "$dir/rss-end.json"
    grep -cE ' ERROR ' "$dir/app.log" > "$dir/app-errors.txt" || true
    stop_app
}

for ds in "${DATASETS[@]}"; do run_dataset "$ds"; done
# The push channel's sends per second to a local Web Push stub (issue 18): its own Quarkus test run.
if wanted push; then "$BENCH_DIR/scripts/push.sh" "$OUT" || echo "push bench failed (see $OUT/push-build.log)"; fi
# An announcement to 2,000 families mailed, every ledger row final (issue 18): its own Quarkus test run,
# ~2 minutes, so only in full runs or when asked for (BENCH_SCENARIOS="notifications").
if wanted notifications && [[ "$MODE" == full || -n "${BENCH_SCENARIOS:-}" ]]; then
    "$BENCH_DIR/scripts/notifications.sh" "$OUT" || echo "notifications bench failed (see $OUT/notifications-build.log)"
fi
machine_json end > "$OUT/machine-end.json"
node "$BENCH_DIR/scripts/report.js" "$OUT" "$MODE" > "$OUT/report.md"
if [[ "$MODE" == full && -z "$PARTIAL" ]]; then
    node "$BENCH_DIR/scripts/report.js" "$OUT" "$MODE" --doc > "$ROOT/docs/performance.md"
    log "wrote docs/performance.md"
fi
ln -sfn "$RUN_ID" "$BENCH_DIR/results/latest-$MODE"
log "done: ${OUT#$ROOT/}/report.md"
