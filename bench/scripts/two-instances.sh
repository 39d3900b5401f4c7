#!/usr/bin/env bash
# Two instances of Tandem on one database behind nginx, on this machine without Docker
# (`make two-instances`; docs/performance.md, "Two instances behind a load balancer"):
#   1. the benchmark's read/write mix at full speed through the balancer, to one instance, then to two;
#   2. the mix at a fixed rate through the balancer while instance B is stopped (SIGTERM) and started
#      again, B's readiness polled every 100 ms; then every acknowledged post is looked up in the database;
#   3. an Idempotency-Key, sign-in failures and scheduled messages spread over both instances.
# Results go to bench/results/<time>-two-instances/ (summary.json, and the raw files).
#
# Environment: LB_PORT (18100; 18103 is the balancer with instance A only), LB_A_PORT (18101),
# LB_B_PORT (18102), LB_DB (tandem_lb: recreated from the small benchmark data set), LB_RATE (150
# requests/s in step 2: what this shared 2-core machine sustained with room to spare), LB_DURATION (40 s), LB_MAX_S (15 s per step-1 run), LB_SHUTDOWN_DELAY (5s).
source "$(dirname "$0")/lib.sh"
LB_PORT="${LB_PORT:-18100}"; ONE_PORT=$((LB_PORT + 3))
A_PORT="${LB_A_PORT:-18101}"; B_PORT="${LB_B_PORT:-18102}"
DB="${LB_DB:-tandem_lb}"
RATE="${LB_RATE:-40}"; DURATION="${LB_DURATION:-40}"; MAX_S="${LB_MAX_S:-15}"
DELAY="${LB_SHUTDOWN_DELAY:-5s}"
MIX="unread:30,inbox:25,thread_latest:22,thread_older:3,inbox_deep:2,mark_read:12,post:6"

# --- What this needs, installed as CI and the benchmark do ---------------------------------------
declare -A PACKAGE=([nginx]=nginx-light [wrk]=wrk [node]=nodejs [psql]=postgresql-client [curl]=curl [openssl]=openssl)
missing=()
for tool in "${!PACKAGE[@]}"; do command -v "$tool" >/dev/null || missing+=("${PACKAGE[$tool]}"); done
if (( ${#missing[@]} )) && command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    log "installing ${missing[*]}"
    apt-get update -qq </dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi
for tool in nginx wrk node psql curl openssl; do
    command -v "$tool" >/dev/null || die "'$tool' is needed (apt-get install ${PACKAGE[$tool]})"
done
(( $(node -e 'console.log(process.versions.node.split(".")[0])') >= 18 )) || die "node 18 or newer is needed (fetch)"
JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"; export JAVA_HOME
"$ROOT/scripts/ensure-db.sh"
for port in "$LB_PORT" "$ONE_PORT" "$A_PORT" "$B_PORT"; do
    ! curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null || die "port $port is in use (set LB_PORT, LB_A_PORT, LB_B_PORT)"
done
if [[ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/quarkus-app/quarkus-run.jar" -type f | head -n1)" ]]; then
    log "building the application jar"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi

OUT="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-two-instances"
mkdir -p "$OUT/req" "$OUT/nginx"
declare -A PID=()
cleanup() {
    local name
    for name in "${!PID[@]}"; do kill "${PID[$name]}" 2>/dev/null || true; done
    [[ -f "$OUT/nginx/nginx.pid" ]] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT
log "results in ${OUT#$ROOT/}"
cp /proc/loadavg "$OUT/loadavg-start.txt"

# --- The data: a fresh copy of the small benchmark data set ---------------------------------------
TPL=tandem_bench_small_tpl
if [[ -z "$(psql_admin -d postgres -At -c "SELECT 1 FROM pg_database WHERE datname = '$TPL'")" ]]; then
    log "generating the small data set into $TPL (a few minutes, once)"
    "$BENCH_DIR/scripts/generate.sh" "$TPL" 0.1 > "$OUT/generate.json"
fi
psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
    -c "CREATE DATABASE $DB TEMPLATE $TPL STRATEGY FILE_COPY OWNER ${TANDEM_DB_USER:-tandem}"

# --- The instances and the balancer ---------------------------------------------------------------
ensure_key
start_instance() { # start_instance NAME PORT: returns once it is ready
    local name="$1" port="$2" i
    QUARKUS_HTTP_HOST=127.0.0.1 TANDEM_DB_NAME="$DB" TANDEM_HTTP_PORT="$port" TANDEM_JWT_SIGNING_KEY_LOCATION="$KEY_FILE" \
    TANDEM_CURSOR_SECRET="$CURSOR_SECRET" TANDEM_LOG_JSON=false TANDEM_DEMO=false TANDEM_ACCESS_TOKEN_LIFESPAN=PT3H \
    TANDEM_DB_POOL_SIZE=10 TANDEM_SHUTDOWN_DELAY="$DELAY" TANDEM_SCHEDULED_SEND_EVERY=1s \
    TANDEM_BEHIND_PROXY=true TANDEM_TRUSTED_PROXIES=127.0.0.1 \
        "$JAVA_HOME/bin/java" $("$ROOT/scripts/java-opts.sh") -jar "$ROOT/target/quarkus-app/quarkus-run.jar" \
        >>"$OUT/$name.log" 2>&1 &
    PID[$name]=$!
    for i in $(seq 1 1200); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" 2>/dev/null)" == 200 ]] && return 0
        kill -0 "${PID[$name]}" 2>/dev/null || { tail -n 30 "$OUT/$name.log" >&2; die "instance $name exited during start-up"; }
        sleep 0.1
    done
    die "instance $name was not ready within 120 s"
}
log "starting instance A (:$A_PORT; it migrates the copy), then B (:$B_PORT)"
start_instance A "$A_PORT"
start_instance B "$B_PORT"

proxy_block() {
    cat <<EOF
        location / {
            proxy_pass http://$1;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            # A request no instance has started is tried on the other (connection refused, or the 503
            # of an instance that is shutting down); one that may have been processed is not.
            proxy_next_upstream error timeout http_503;
            proxy_next_upstream_tries 2;
        }
EOF
}
cat > "$OUT/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 2048; }
http {
    log_format lb '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_time "\$request_method \$uri"';
    access_log $OUT/nginx/access.log lb buffer=64k flush=1s;
    client_body_temp_path $OUT/nginx/tmp-body;
    proxy_temp_path $OUT/nginx/tmp-proxy;
    fastcgi_temp_path $OUT/nginx/tmp-fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp-uwsgi;
    scgi_temp_path $OUT/nginx/tmp-scgi;
    upstream tandem {
        server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=2s;
        server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=2s;
        keepalive 32;
    }
    upstream tandem_a {
        server 127.0.0.1:$A_PORT;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
$(proxy_block tandem)
    }
    server {
        listen 127.0.0.1:$ONE_PORT;
$(proxy_block tandem_a)
    }
}
EOF
nginx -t -q -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" || die "nginx rejected $OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
log "nginx: :$LB_PORT to A and B, :$ONE_PORT to A only"

# --- Users, requests and tokens, as the benchmark chooses them ---------------------------------------
psql_admin -d "$DB" -v out="$OUT/req" -f "$BENCH_DIR/sql/requests.sql" >/dev/null
kid=$(curl -sf "http://127.0.0.1:$LB_PORT/.well-known/jwks.json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).keys[0].kid))')
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$OUT/req/users.tsv" "$OUT/req/tokens.txt" 2>/dev/null
node "$BENCH_DIR/load/deep-cursors.js" "http://127.0.0.1:$LB_PORT" "$OUT/req/tokens.txt" "$OUT/req/deep_users.tsv" \
    "$OUT/req/inbox_deep.tsv" > "$OUT/deep-cursors.json"
mixreq=$(echo "$MIX" | sed "s#\([a-z_]*\):#$OUT/req/\1.tsv:#g")

# --- 1. Throughput: one instance, then two, behind the same nginx ----------------------------------
max_mix() { # max_mix PORT NAME
    BENCH_TOKENS="$OUT/req/tokens.txt" BENCH_REQUESTS="$mixreq" \
        wrk -t2 -c20 -d"${MAX_S}s" --timeout 10s -s "$BENCH_DIR/load/wrk.lua" "http://127.0.0.1:$1" > "$OUT/max-$2.txt" 2>&1 || true
    log "  $2: $(grep -E '^Requests/sec' "$OUT/max-$2.txt" || echo '?') $(grep -E 'Non-2xx|Socket errors' "$OUT/max-$2.txt" | tr '\n' ' ')"
}
log "1. the mix at full speed, ${MAX_S}s each (warm-up first)"
BENCH_TOKENS="$OUT/req/tokens.txt" BENCH_REQUESTS="$mixreq" \
    wrk -t2 -c20 -d8s --timeout 10s -s "$BENCH_DIR/load/wrk.lua" "http://127.0.0.1:$LB_PORT" > "$OUT/warmup.txt" 2>&1 || true
max_mix "$ONE_PORT" one-instance
max_mix "$LB_PORT" two-instances
max_mix "$ONE_PORT" one-instance-again

# --- 2. Stopping and starting B under a fixed-rate load --------------------------------------------
log "2. the mix at $RATE/s for ${DURATION}s through the balancer; B is stopped after 8 s and started again"
poll_ready() { # one line per 100 ms: epoch ms, B's readiness status and curl's exit code (7: nothing listens, 28: no answer in 2 s)
    local t code rc
    while :; do
        t=$(now_ms); rc=0
        code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$B_PORT/q/health/ready" 2>/dev/null) || rc=$?
        echo "$t $code $rc"; sleep 0.1
    done
}
poll_ready > "$OUT/b-readiness.txt" & PID[poller]=$!
t_load=$(now_ms)
node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$LB_PORT" --tokens "$OUT/req/tokens.txt" \
    --requests "$mixreq" --rate "$RATE" --duration "$DURATION" --connections 64 --label stop-start \
    --out "$OUT/stop-start.json" >/dev/null & load_pid=$!
sleep 8
t_term=$(now_ms); kill -TERM "${PID[B]}"
wait "${PID[B]}" 2>/dev/null || true; t_exit=$(now_ms); unset 'PID[B]'
log "  B got SIGTERM and exited $(( t_exit - t_term )) ms later"
sleep 3
t_restart=$(now_ms); start_instance B "$B_PORT"; t_ready=$(now_ms)
log "  B started again, ready after $(( t_ready - t_restart )) ms"
wait "$load_pid" || true
kill "${PID[poller]}" 2>/dev/null || true; unset 'PID[poller]'
sleep 1.5 # nginx flushes its log every second

# Every post the balancer acknowledged (201) must be in the database: posts carry the benchmark's body.
acked=$(node -e 'const r=require(process.argv[1]); console.log((r.by_request.post.status||{})["201"]||0)' "$OUT/stop-start.json")
stored=$(psql_admin -d "$DB" -At -c "SELECT count(*) FROM message WHERE body LIKE '%(benchmark)' AND created_at >= to_timestamp($t_load / 1000.0)")

# --- 3. One idempotency key, one throttle, one release job across instances -------------------------
log "3. idempotency key, sign-in throttle and scheduled release across A and B"
marker="lb-$(date +%s)"
email=$(psql_admin -d "$DB" -At -c "SELECT email FROM account WHERE active ORDER BY id LIMIT 1")
node "$BENCH_DIR/load/across-instances.js" "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" "$OUT/req/tokens.txt" \
    "$OUT/req/users.tsv" "$OUT/req/post.tsv" "$email" "$marker" "$OUT/across.json" >/dev/null
sleep 15 # due 8 s after each was scheduled; both instances look every second
read -r sched_sent sched_other msgs dup_msgs < <(psql_admin -d "$DB" -At -F ' ' -c "
    SELECT count(*) FILTER (WHERE state = 'sent'), count(*) FILTER (WHERE state <> 'sent'),
           (SELECT count(*) FROM message WHERE body LIKE 'Scheduled across instances $marker #%'),
           (SELECT count(*) FROM (SELECT body FROM message WHERE body LIKE 'Scheduled across instances $marker #%'
                                  GROUP BY body HAVING count(*) > 1) d)
    FROM scheduled_message WHERE body LIKE 'Scheduled across instances $marker #%'")

# --- The report --------------------------------------------------------------------------------------
node - "$OUT" "$t_load" "$t_term" "$t_exit" "$t_restart" "$t_ready" "$acked" "$stored" \
    "$sched_sent" "$sched_other" "$msgs" "$dup_msgs" "$A_PORT" "$B_PORT" <<'EOF' > "$OUT/summary.json"
const fs = require('fs');
const [out, tLoad, tTerm, tExit, tRestart, tReady, acked, stored, schedSent, schedOther, msgs, dups, aPort, bPort] = process.argv.slice(2);
const num = Number;
const loadStart = fs.readFileSync(`${out}/loadavg-start.txt`, 'utf8').split(' ').slice(0, 3).map(num);
const rps = (f) => { const m = /Requests\/sec:\s*([\d.]+)/.exec(fs.readFileSync(`${out}/${f}`, 'utf8')); return m ? num(m[1]) : null; };
const non2xx = (f) => { const m = /Non-2xx or 3xx responses:\s*(\d+)/.exec(fs.readFileSync(`${out}/${f}`, 'utf8')); return m ? num(m[1]) : 0; };
const load = JSON.parse(fs.readFileSync(`${out}/stop-start.json`, 'utf8'));
// B's readiness around the stop: last 200 before DOWN, first 503, first "nothing listens".
const ready = fs.readFileSync(`${out}/b-readiness.txt`, 'utf8').trim().split('\n').map((l) => l.split(' ').map(num));
const after = ready.filter(([t]) => t >= num(tTerm) && t < num(tRestart));
const firstDown = after.find(([, s]) => s === 503);
const firstClosed = after.find(([, , exit]) => exit === 7);
const lastUp = after.filter(([, s]) => s === 200).pop();
// The balancer's log during the load: failures, and which instance served what around the stop.
const lines = fs.readFileSync(`${out}/nginx/access.log`, 'utf8').trim().split('\n').map((l) => {
  const m = /^([\d.]+) (\d+) "([^"]*)" "([^"]*)" ([\d.]+) "(\S+) (\S+)"/.exec(l);
  return m && { t: num(m[1]) * 1000, status: num(m[2]), upstream: m[3], upstreamStatus: m[4], path: m[7], method: m[6] };
}).filter((r) => r && r.t >= num(tLoad) && r.t <= num(tReady) + 60000);
const failed = lines.filter((r) => r.status >= 500);
const retried = lines.filter((r) => r.upstream.includes(','));
const firstErrorOnB = lines.find((r) => r.t >= num(tTerm) && r.upstream.split(', ')[0] === `127.0.0.1:${bPort}`
  && /^50[234]/.test(r.upstreamStatus));
const servedByB = (from, to) => lines.filter((r) => r.t >= from && r.t < to && r.upstream.endsWith(`:${bPort}`)).length;
const summary = {
  throughput_rps: { one_instance: rps('max-one-instance.txt'), two_instances: rps('max-two-instances.txt'),
    one_instance_again: rps('max-one-instance-again.txt'),
    non_2xx: { one: non2xx('max-one-instance.txt'), two: non2xx('max-two-instances.txt'), one_again: non2xx('max-one-instance-again.txt') } },
  stop_start: {
    rate: load.target_rate, duration_s: load.duration_s, sent: load.sent, completed: load.completed, unanswered: load.unanswered,
    connection_errors: load.errors, status: load.status, latency_ms: load.latency_ms,
    b_exit_after_sigterm_ms: num(tExit) - num(tTerm), b_ready_after_restart_ms: num(tReady) - num(tRestart),
    b_readiness_down_after_sigterm_ms: firstDown ? firstDown[0] - num(tTerm) : null,
    b_listener_closed_after_sigterm_ms: firstClosed ? firstClosed[0] - num(tTerm) : null,
    b_first_balancer_error_after_sigterm_ms: firstErrorOnB ? Math.round(firstErrorOnB.t - num(tTerm)) : null,
    b_last_ready_after_sigterm_ms: lastUp ? lastUp[0] - num(tTerm) : null,
    b_readiness_polls_unanswered_in_2s: after.filter(([, , exit]) => exit === 28).length,
    requests_served_by_b_between_sigterm_and_exit: servedByB(num(tTerm), num(tExit)),
    requests_served_by_b_while_down: servedByB(num(tExit), num(tRestart)),
    balancer_failures: failed.length,
    failures: failed.slice(0, 20).map((r) => ({ ...r, after_sigterm_ms: Math.round(r.t - num(tTerm)) })),
    retried_on_the_other_instance: retried.length,
    retried: retried.slice(0, 20).map((r) => ({ ...r, after_sigterm_ms: Math.round(r.t - num(tTerm)) })),
    posts_acknowledged: num(acked), posts_stored: num(stored), acknowledged_posts_lost: Math.max(0, num(acked) - num(stored)),
  },
  across_instances: JSON.parse(fs.readFileSync(`${out}/across.json`, 'utf8')),
  scheduled_release: { accepted: null, sent: num(schedSent), not_sent: num(schedOther), messages: num(msgs),
    bodies_posted_twice: num(dups) },
};
const accepted = summary.across_instances.scheduled.accepted;
summary.scheduled_release.accepted = accepted;
summary.scheduled_release.ok = accepted > 0 && num(schedSent) === accepted && num(schedOther) === 0
  && num(msgs) === accepted && num(dups) === 0;
summary.loadavg = { start: loadStart, end: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(num) };
summary.ok = summary.stop_start.acknowledged_posts_lost === 0 && summary.across_instances.idempotency.ok
  && summary.across_instances.sign_in_throttle.ok && summary.scheduled_release.ok;
console.log(JSON.stringify(summary, null, 1));
EOF
node -e '
  const s = require(process.argv[1]); const t = s.throughput_rps, x = s.stop_start;
  console.log(`throughput (mix, closed loop, 20 connections): one instance ${t.one_instance} req/s, two ${t.two_instances}, one again ${t.one_instance_again}`);
  console.log(`stop/start at ${x.rate}/s: sent ${x.sent}, failed at the balancer ${x.balancer_failures}, unanswered ${x.unanswered}, retried on the other instance ${x.retried_on_the_other_instance}`);
  console.log(`B: readiness DOWN ${x.b_readiness_down_after_sigterm_ms} ms after SIGTERM, listener closed ${x.b_listener_closed_after_sigterm_ms} ms, exited ${x.b_exit_after_sigterm_ms} ms; served ${x.requests_served_by_b_between_sigterm_and_exit} requests meanwhile`);
  console.log(`posts acknowledged ${x.posts_acknowledged}, stored ${x.posts_stored}, lost ${x.acknowledged_posts_lost}`);
  const a = s.across_instances;
  console.log(`idempotency across instances: ${a.idempotency.ok ? "one" : "NOT ONE"}; sign-in throttle: first 429 at attempt ${a.sign_in_throttle.first_429_at_attempt} (${a.sign_in_throttle.ok ? "shared" : "NOT SHARED"}); scheduled: ${s.scheduled_release.messages} messages for ${s.scheduled_release.accepted} accepted (${s.scheduled_release.ok ? "each once" : "NOT ONCE"})`);
  if (!s.ok) process.exitCode = 1;
' "$OUT/summary.json" | tee "$OUT/summary.txt" >&2 || die "a check failed: see ${OUT#$ROOT/}/summary.json"
log "done: ${OUT#$ROOT/}/summary.json"
