#!/usr/bin/env bash
# The webhook scenarios (issue 19), run by run.sh inside a data set's run while the application is up:
#   webhooks_delivery  10,000 events appended to the outbox in one transaction, fanned out to one
#                      endpoint and delivered, signed, to a local receiver that verifies every signature
#                      with npm standardwebhooks (tools/webhooks/receiver.mjs), while the read mix runs at
#                      500 req/s. Figures: deliveries per second (first to last arrival, and from the
#                      commit), failed verifications (must be 0), duplicates, the mix's latency meanwhile.
#   webhooks_feed      the changes feed, pages of 100 from cursors spread over those 10,000 events, at
#                      500 req/s: p50 and p99 (the goal: p99 < 50 ms).
# Usage (from run.sh): webhooks.sh DIR DB KID MIXREQ; needs APP_PORT, KEY_FILE, FIXED_S. The application
# must accept a local http receiver (run.sh sets TANDEM_WEBHOOKS_ALLOW_HTTP/_ALLOW_PRIVATE_ADDRESSES).
source "$(dirname "$0")/lib.sh"
dir="$1" db="$2" kid="$3" mixreq="$4"
events="${BENCH_WEBHOOK_EVENTS:-10000}"
rate="${BENCH_READ_RATE:-500}"
recv_port="${BENCH_RECEIVER_PORT:-$(( APP_PORT + 1000 ))}"
req="$dir/req"
base="http://127.0.0.1:$APP_PORT"
[[ -f "$ROOT/tools/webhooks/node_modules/standardwebhooks/package.json" ]] || (cd "$ROOT" && make -s webhook-tools)

read -r admin tenant < <(psql_admin -d "$db" -At -F ' ' -c "SELECT id, tenant_id FROM account WHERE district_admin AND active ORDER BY id LIMIT 1")
[[ -n "$admin" ]] || die "webhooks: the data set has no district administrator"
printf '%s\t%s\tdistrict_admin\n' "$admin" "$tenant" > "$req/webhooks-users.tsv"
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$req/webhooks-users.tsv" "$req/webhooks-tokens.txt" 2>/dev/null
token="$(head -n1 "$req/webhooks-tokens.txt")"

node "$ROOT/tools/webhooks/receiver.mjs" --port "$recv_port" --quiet > "$dir/webhooks-receiver.log" 2>&1 &
RECV_PID=$!
trap 'kill "$RECV_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$recv_port/stats" && break; sleep 0.05; done
secret=$(curl -sf "$base/api/v1/webhook-endpoints" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"url\":\"http://127.0.0.1:$recv_port/bench\",\"eventTypes\":[\"goal.agreed\"],\"description\":\"benchmark receiver\"}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).secret))')
[[ "$secret" == whsec_* ]] || die "webhooks: could not register the endpoint"
curl -sf "http://127.0.0.1:$recv_port/secrets" -d "[\"$secret\"]" >/dev/null

settle "$db" "before webhooks" "$dir/settle.jsonl"
# The read mix at 500/s all along the delivery (30 s: 10,000 deliveries at 500/s take 20).
mix_s="${BENCH_WEBHOOK_MIX_S:-30}"
node "$BENCH_DIR/load/openloop.js" --base "$base" --tokens "$req/tokens.txt" --requests "$mixreq" --rate "$rate" \
    --duration "$mix_s" --connections 64 --label webhooks-mix --out "$dir/fixed-webhooks-mix.json" >/dev/null &
MIX_PID=$!
sleep 2
log "webhooks: appending $events events (one transaction) while the mix runs at $rate/s"
t0=$(now_ms)
psql_admin -d "$db" -q -c "INSERT INTO domain_event (tenant_id, type, subject_id, occurred_at, data)
    SELECT '$tenant', 'goal.agreed', gen_random_uuid(), now(), jsonb_build_object('goalId', gen_random_uuid(), 'n', n)
    FROM generate_series(1, $events) AS n"
t1=$(now_ms)
stats() { curl -sf "http://127.0.0.1:$recv_port/stats"; }
for _ in $(seq 1 1800); do
    unique=$(stats | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).unique))')
    (( unique >= events )) && break
    sleep 0.1
done
t2=$(now_ms)
(( (t2 - t1) / 1000 + 2 > mix_s )) && log "  (the deliveries outlasted the ${mix_s}s read mix)"
wait "$MIX_PID" 2>/dev/null || true
stats > "$dir/webhooks-receiver-stats.json"
node -e '
  const [file, events, t1, t2, out] = process.argv.slice(1);
  const s = require(file); const n = Number(events);
  const r = { events: n, verified: s.verified, unique: s.unique, rejected: s.rejected, duplicates: s.duplicates,
    per_second_first_to_last: Math.round(s.unique / Math.max(1, (s.last - s.first) / 1000)),
    per_second_from_commit: Math.round(s.unique / Math.max(1, (Number(t2) - Number(t1)) / 1000)),
    seconds_from_commit: (Number(t2) - Number(t1)) / 1000 };
  require("fs").writeFileSync(out, JSON.stringify(r, null, 1));
  console.log(JSON.stringify(r));' "$dir/webhooks-receiver-stats.json" "$events" "$t1" "$t2" "$dir/webhooks-delivery.json" \
  | while read -r line; do log "  webhooks_delivery: $line"; done
[[ -f "$dir/fixed-webhooks-mix.json" ]] && log "  read mix meanwhile: $(node -e 'const r=require(process.argv[1]); console.log(`p50 ${r.latency_ms.p50} ms, p99 ${r.latency_ms.p99} ms, ok ${r.ok}/${r.sent}`)' "$dir/fixed-webhooks-mix.json")"

# The changes feed: walk it once to collect cursors, then read pages from them at 500/s.
log "webhooks: collecting changes-feed cursors"
node -e '
  const [base, token, out] = process.argv.slice(1);
  (async () => {
    const lines = []; let cursor = null;
    for (let i = 0; i < 120; i++) {
      const url = `${base}/api/v1/changes?limit=100${cursor ? "&cursor=" + encodeURIComponent(cursor) : ""}`;
      lines.push(`GET\t${url.slice(base.length)}\t0\t`);
      const page = await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json();
      if (!page.hasMore) break;
      cursor = page.nextCursor;
    }
    require("fs").writeFileSync(out, lines.join("\n") + "\n");
  })();' "$base" "$token" "$req/webhooks_feed.tsv"
node "$BENCH_DIR/load/openloop.js" --base "$base" --tokens "$req/webhooks-tokens.txt" --requests "$req/webhooks_feed.tsv" \
    --rate "$rate" --duration "${FIXED_S:-5}" --connections 64 --label webhooks_feed --out "$dir/fixed-webhooks_feed.json" >/dev/null
log "  webhooks_feed @ $rate/s: $(node -e 'const r=require(process.argv[1]); console.log(`p50 ${r.latency_ms.p50} ms, p99 ${r.latency_ms.p99} ms, ok ${r.ok}/${r.sent}`)' "$dir/fixed-webhooks_feed.json")"
