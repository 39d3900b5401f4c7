#!/usr/bin/env bash
# generate.sh DB SCALE: a fresh database, migrated by the application itself, filled with one
# benchmark district at SCALE (1 = full, 0.1 = small). Prints the timings as JSON on stdout.
source "$(dirname "$0")/lib.sh"
db="$1" scale="$2"
[[ -n "${JAVA_HOME:-}" ]] || JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
export JAVA_HOME
trap stop_app EXIT

t0=$(now_ms)
recreate_db "$db"
log "$db: migrating the schema by starting the application once"
start_app "$db" "$BENCH_DIR/results/tmp/migrate-$db.log"
stop_app
t1=$(now_ms)

log "$db: generating the directory, threads and participants (scale $scale)"
psql_admin -d "$db" -v scale="$scale" -f "$BENCH_DIR/sql/generate.sql" >"$BENCH_DIR/results/tmp/generate-$db.out"
t2=$(now_ms)
log "$db: writing messages in two sessions"
psql_admin -d "$db" -v part=0 -v parts=2 -f "$BENCH_DIR/sql/messages.sql" &
p0=$!
psql_admin -d "$db" -v part=1 -v parts=2 -f "$BENCH_DIR/sql/messages.sql" &
p1=$!
wait "$p0"; wait "$p1"
log "$db: goals and their check-ins"
psql_admin -d "$db" -f "$BENCH_DIR/sql/goals.sql" >>"$BENCH_DIR/results/tmp/generate-$db.out"
log "$db: celebrations, their reactions and replies"
psql_admin -d "$db" -f "$BENCH_DIR/sql/celebrations.sql" >>"$BENCH_DIR/results/tmp/generate-$db.out"
t3=$(now_ms)
log "$db: unread counts | full-text index, then VACUUM ANALYZE (two sessions)"
( psql_admin -d "$db" -f "$BENCH_DIR/sql/finish.sql"
  vacuumdb -q -h "$PGHOST_" -p "$PGPORT_" -U "$PGADMIN" --analyze -d "$db" \
    $(psql_admin -d "$db" -At -c "SELECT string_agg('-t ' || quote_ident(schemaname) || '.' || quote_ident(relname), ' ')
                                  FROM pg_stat_user_tables WHERE relname <> 'message'") ) &
p0=$!
( psql_admin -d "$db" -f "$BENCH_DIR/sql/finish-index.sql"
  vacuumdb -q -h "$PGHOST_" -p "$PGPORT_" -U "$PGADMIN" --analyze -d "$db" -t public.message ) &
p1=$!
wait "$p0"; wait "$p1"
t4=$(now_ms)
psql_admin -d "$db" -c "CHECKPOINT"
t5=$(now_ms)
counts=$(psql_admin -d "$db" -At -c "SELECT json_build_object(
  'schools', (SELECT count(*) FROM school), 'classes', (SELECT count(*) FROM school_class),
  'students', (SELECT count(*) FROM student), 'guardians', (SELECT count(*) FROM guardian),
  'staff', (SELECT count(*) FROM staff), 'accounts', (SELECT count(*) FROM account),
  'guardianships', (SELECT count(*) FROM guardianship), 'enrollments', (SELECT count(*) FROM enrollment),
  'teaching_assignments', (SELECT count(*) FROM teaching_assignment),
  'threads', (SELECT count(*) FROM thread), 'participants', (SELECT count(*) FROM thread_participant),
  'messages', (SELECT count(*) FROM message),
  'goals', (SELECT count(*) FROM goal), 'goal_check_ins', (SELECT count(*) FROM goal_check_in),
  'celebrations', (SELECT count(*) FROM celebration), 'celebration_reactions', (SELECT count(*) FROM celebration_reaction),
  'max_thread_messages', (SELECT max(last_seq) FROM thread),
  'median_thread_messages', (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY last_seq) FROM thread),
  'participants_with_unread', (SELECT count(*) FROM thread_participant WHERE unread_count > 0),
  'unread_total', (SELECT sum(unread_count) FROM thread_participant),
  'max_inbox', (SELECT max(c) FROM (SELECT count(*) c FROM thread_participant GROUP BY account_id) x),
  'database_bytes', pg_database_size(current_database()))")
log "$db: done in $(( (t5 - t0) / 1000 )) s"
printf '{"db":"%s","scale":%s,"seconds":{"migrate":%s,"directory_threads_participants":%s,"messages":%s,"unread_fts_index_vacuum_analyze":%s,"checkpoint":%s,"total":%s},"counts":%s}\n' \
  "$db" "$scale" "$(( (t1-t0) ))e-3" "$(( (t2-t1) ))e-3" "$(( (t3-t2) ))e-3" "$(( (t4-t3) ))e-3" "$(( (t5-t4) ))e-3" "$(( (t5-t0) ))e-3" "$counts"
