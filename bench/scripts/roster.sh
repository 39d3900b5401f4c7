#!/usr/bin/env bash
# The roster scenario (issue 17), run by run.sh inside a data set's run while the application is up
# (with the benchmark's heap, 160 MiB by default): the full data set's directory as a OneRoster 1.2
# CSV package (bench/tools/oneroster_generate.py: 20 schools, 1,000 classes, 1,140 staff, 25,000
# students, 40,000 guardians with their links, 50,000 enrollments) imported into a new, empty district
# of the data set's database, then the same package again, then a 1% delta, each timed from the
# upload to the job's end by roster-import.sh. Targets: < 60 s, < 20 s, < 5 s.
# Usage (from run.sh): roster.sh DIR DB KID; needs APP_PORT, KEY_FILE. Writes DIR/roster.txt and roster.json.
source "$(dirname "$0")/lib.sh"
dir="$1" db="$2" kid="$3"
req="$dir/req"
packages="${TMPDIR:-/tmp}/tandem-roster-bench"
mkdir -p "$req" "$packages"
district=$(psql_admin -d "$db" -At -c "SELECT gen_random_uuid()")
admin=$(psql_admin -d "$db" -At -c "SELECT gen_random_uuid()")
log "roster: an empty district ($district) and its administrator"
psql_admin -d "$db" -q -c "INSERT INTO district (id, tenant_id, name, slug, time_zone)
    VALUES ('$district', '$district', 'Roster bench district', 'roster-bench-' || left('$district', 8), 'America/Chicago');
    INSERT INTO account (id, tenant_id, email, display_name, district_admin)
    VALUES ('$admin', '$district', 'roster-admin@bench.invalid', 'Roster bench admin', true)" >/dev/null
printf '%s\t%s\t%s\n' "$admin" "$district" "district_admin" > "$req/roster-users.tsv"
"$JAVA_HOME/bin/java" "$BENCH_DIR/tools/MintTokens.java" "$KEY_FILE" "$kid" https://tandem.local tandem-api 10800 \
    "$req/roster-users.tsv" "$req/roster-tokens.txt" 2>/dev/null
BASE="http://127.0.0.1:$APP_PORT" TOKEN="$(head -n1 "$req/roster-tokens.txt")" \
    "$BENCH_DIR/scripts/roster-import.sh" "$packages" | tee "$dir/roster.txt"
awk 'BEGIN{printf "{"} {printf "%s\"%s\":{\"state\":\"%s\",\"seconds\":%s}", (NR>1?",":""), $1, $2, $3} END{print "}"}' \
    "$dir/roster.txt" > "$dir/roster.json"
log "roster: $(tr '\n' ' ' < "$dir/roster.txt")"
