#!/usr/bin/env bash
# Push channel benchmark (issue 18): sends per second of the push channel to a local Web Push service
# stub (src/test/java/org/tandem/notifications/push/PushSendsBench.java): 2,000 recipients with one
# browser each, RFC 8291 encryption and a VAPID signature per send, by 1, 2 and 4 worker threads.
# Runs in the test profile against TANDEM_TEST_DB_NAME (the whole bench is local: the stub is on 127.0.0.1).
#   bench/scripts/push.sh [result-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/bench/results/push-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
cd "$root"
./mvnw -B -q verify -Dtest=PushSendsBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.push=true \
    -Dbench.push.out="$out/push.txt" -DskipITs >"$out/push-build.log" 2>&1 \
    || { echo "push bench failed: see $out/push-build.log"; exit 1; }
cat "$out/push.txt"
