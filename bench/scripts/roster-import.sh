#!/usr/bin/env bash
# Roster sync benchmark: the bench data set's full directory as a OneRoster 1.2 CSV package (20 schools,
# 1,000 classes, 1,140 staff, 25,000 students, 40,000 guardians, 50,000 enrollments, guardian links)
# imported into an empty district, the same package again, then a 1% delta; each timed from upload
# to the job's end. Targets (issue 17): < 60 s, < 20 s, < 5 s with the application's default heap (160 MB).
#
# Against a running instance (started with the default heap, e.g. java $(scripts/java-opts.sh) -jar target/quarkus-app/quarkus-run.jar):
#   BASE=http://localhost:8080 TOKEN=<district admin or roster.write token of an EMPTY district> \
#     bench/scripts/roster-import.sh [work-dir]
# Without TOKEN it only generates the packages (bench/tools/oneroster_generate.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d)}"
base="${BASE:-http://localhost:8080}"
mkdir -p "$work"
[[ -f "$work/bulk.zip" ]] || python3 "$here/../tools/oneroster_generate.py" "$work" ${BENCH_ROSTER_SCALE:+--scale "$BENCH_ROSTER_SCALE"}
[[ -n "${TOKEN:-}" ]] || { echo "roster-import: packages in $work (set TOKEN to time the imports)"; exit 0; }

timed_import() { # label, zip
    local start end location state
    start=$(date +%s.%N)
    location=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/zip' \
        --data-binary @"$2" "$base/api/v1/roster/imports" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
    [[ -n "$location" ]] || { printf '%-10s %-9s %6s\n' "$1" refused 0; return 0; }
    [[ "$location" == http* ]] || location="$base$location" # the Location header is absolute
    while :; do
        state=$(curl -sf -H "Authorization: Bearer $TOKEN" "$location" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])' || echo unreadable)
        [[ "$state" == unreadable ]] && break
        [[ "$state" == succeeded || "$state" == failed ]] && break
        sleep 0.2
    done
    end=$(date +%s.%N)
    printf '%-10s %-9s %6.1f s\n' "$1" "$state" "$(echo "$end - $start" | bc)"
}
timed_import bulk "$work/bulk.zip"
timed_import again "$work/bulk.zip"
timed_import delta-1% "$work/delta.zip"
