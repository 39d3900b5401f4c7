#!/usr/bin/env bash
# The live-updates scenario (issue 18), run by run.sh inside a data set's run while the application
# is up: 1,000 people each hold one Server-Sent Events stream (GET /api/v1/live/events) on this one
# instance; while the read mix runs at READ_RATE (500 req/s) in an open loop, staff post messages at
# BENCH_LIVE_POST_RATE (10/s) for BENCH_LIVE_SECONDS (20 s) into threads whose members hold streams, and
# every member's stream is timed from sending the POST to the `message.posted` event arriving. The
# application's peak RSS is sampled throughout. Writes live.json (and live-streams.json, fixed-live-mix.json).
# Usage (from run.sh): live.sh DIR DB KID MIXREQ; needs APP_PORT, APP_PID, KEY_FILE.
source "$(dirname "$0")/lib.sh"
dir="$1" db="$2" kid="$3" mixreq="$4"
req="$dir/req"
secs="${BENCH_LIVE_SECONDS:-20}"
post_rate="${BENCH_LIVE_POST_RATE:-10}"
rate="${READ_RATE:-500}"
log "live: choosing 1,000 stream holders and the threads to post in"
psql_admin -d "$db" -v out="$req" -f "$BENCH_DIR/sql/live-requests.sql" > "$dir/live-requests.txt"
log "  $(tail -n 3 "$dir/live-requests.txt" | head -n 1 | tr -s ' ')"
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$req/live-users.tsv" "$req/live-tokens.txt" 2>/dev/null
rss_before=$(rss_kb "$APP_PID")
peak_file="$dir/rss-live.txt"
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do v=$(rss_kb "$APP_PID" 2>/dev/null || echo 0); (( v > peak )) && peak=$v; echo "$peak" > "$peak_file"; sleep 0.25; done ) &
sampler=$!
# The streams open first (about 1,000 x 50 at a time), then posting starts; the mix runs from the
# moment the streams are being opened until after the last post.
node "$BENCH_DIR/load/live-streams.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/live-tokens.txt" \
    --streams "$req/live-streams.tsv" --posts "$req/live-posts.tsv" --rate "$post_rate" --duration "$secs" \
    --out "$dir/live-streams.json" > /dev/null &
client=$!
node "$BENCH_DIR/load/openloop.js" --base "http://127.0.0.1:$APP_PORT" --tokens "$req/tokens.txt" \
    --requests "$mixreq" --rate "$rate" --duration $(( secs + 15 )) --connections 64 --label "live-mix" \
    --out "$dir/fixed-live-mix.json" > /dev/null &
mix=$!
wait "$client" || log "  the live client failed"
wait "$mix" || true
kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
node -e '
  const fs = require("fs"); const [dir, before, peak] = process.argv.slice(1);
  const read = (f) => { try { return JSON.parse(fs.readFileSync(`${dir}/${f}`, "utf8")); } catch (e) { return null; } };
  const out = { delivery: read("live-streams.json"), mix: read("fixed-live-mix.json"), rss_before_kb: Number(before), rss_peak_kb: Number(peak) };
  fs.writeFileSync(`${dir}/live.json`, JSON.stringify(out, null, 1) + "\n");
  const d = out.delivery || { delivery_ms: {} };
  console.log(`${d.ready} streams ready; delivery p50 ${d.delivery_ms.p50} ms, p99 ${d.delivery_ms.p99} ms (${d.deliveries_seen} of ${d.deliveries_expected}), after the post answered p50 ${(d.after_answer_ms || {}).p50} ms, p99 ${(d.after_answer_ms || {}).p99} ms; post p99 ${(d.post_ms || {}).p99} ms; mix p99 ${out.mix ? out.mix.latency_ms.p99 : "?"} ms at ${out.mix ? out.mix.target_rate : "?"}/s; RSS ${Math.round(before / 1024)} -> peak ${Math.round(peak / 1024)} MB`);
' "$dir" "$rss_before" "$(cat "$peak_file" 2>/dev/null || echo 0)" | while read -r line; do log "  live: $line"; done
