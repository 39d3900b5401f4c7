#!/usr/bin/env bash
# Notifications benchmark (issue 18): an announcement to 2,000 families, from the post until every ledger
# row is final, each family mailed through a real SMTP server (GreenMail) by the application's workers
# (src/test/java/org/tandem/notifications/NotificationBench.java; also `make bench-notifications`).
# Runs in the test profile against TANDEM_TEST_DB_NAME; everything is on this machine.
#   bench/scripts/notifications.sh [result-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/bench/results/notifications-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
cd "$root"
./mvnw -B -q verify -DskipITs -Dtest=NotificationBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.notifications.recipients="${BENCH_RECIPIENTS:-2000}" -Dbench.notifications.out="$out/notifications.txt" \
    >"$out/notifications-build.log" 2>&1 \
    || { echo "notifications bench failed: see $out/notifications-build.log"; exit 1; }
cat "$out/notifications.txt"
