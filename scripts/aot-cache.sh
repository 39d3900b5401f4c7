#!/usr/bin/env bash
# Makes the JDK's AOT cache for the packaged application (JEP 483/514/515, JDK 25+), with which it
# starts in about half the time: the classes the application loads, already parsed, verified and
# linked, and profiles of the methods it runs. The cache comes from one training run: the jar
# starts for real (prod profile, against a scratch database), answers a few typical requests and
# stops; at exit the JVM writes <app dir>/app.aot. bench/performance-notes.md ("Start-up") has
# the figures.
#
#   scripts/aot-cache.sh          after `./mvnw package`; `make run` and the benchmark call it
#
# Quick when there is nothing to do: the cache is kept as long as it matches the jar files, the
# JVM and the JVM options (scripts/java-opts.sh --fingerprint, also checked at every launch), and
# nothing is trained on a JDK older than 25 or with TANDEM_AOT=off. Bounded: ~30 s on 2 cores, and
# every wait has a limit. A failed training leaves no cache and fails nothing: the application
# then starts without one.
#
# Needs PostgreSQL (scripts/ensure-db.sh creates the scratch database TANDEM_AOT_DB_NAME,
# default tandem_aot, which holds the demo district and what the training posts), curl and openssl.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_DIR="${TANDEM_APP_DIR:-$ROOT/target/quarkus-app}"
export TANDEM_APP_DIR="$APP_DIR"
WORK="$ROOT/target/aot-training"
DB="${TANDEM_AOT_DB_NAME:-tandem_aot}"
JAVA_HOME="${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}"
JAVA="$JAVA_HOME/bin/java"
export JAVA_HOME

say() { echo "aot-cache: $*" >&2; }

[[ "${TANDEM_AOT:-}" != off ]] || { say "TANDEM_AOT=off: not training"; exit 0; }
[[ -f "$APP_DIR/quarkus-run.jar" ]] || { say "no $APP_DIR/quarkus-run.jar: build first (./mvnw package)"; exit 1; }
major=$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
if (( ${major:-0} < 25 )); then
    say "JDK $major has no AOT cache (JDK 25+); the application starts without one"
    exit 0
fi

fingerprint="$("$ROOT/scripts/java-opts.sh" --fingerprint)"
if [[ -f "$APP_DIR/app.aot" && "$(cat "$APP_DIR/app.aot.fingerprint" 2>/dev/null)" == "$fingerprint" ]]; then
    say "up to date ($APP_DIR/app.aot)"
    exit 0
fi
rm -f "$APP_DIR/app.aot" "$APP_DIR/app.aot.fingerprint" "$APP_DIR/app.aot.config"

TANDEM_DB_NAME="$DB" TANDEM_TEST_DB_NAME="$DB" "$ROOT/scripts/ensure-db.sh" 2>/dev/null ||
    { say "cannot reach PostgreSQL or create '$DB'; the application starts without an AOT cache"; exit 0; }
"$ROOT/scripts/reset-scratch-db.sh" "$DB" 2>/dev/null ||
    { say "cannot empty the scratch database '$DB'; the application starts without an AOT cache"; exit 0; }

mkdir -p "$WORK"
rm -f "$WORK/app.log"
if [[ ! -f "$WORK/signing-key.pem" ]]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/signing-key.pem" 2>/dev/null)
fi

say "training the AOT cache (one start, a few requests, one stop; ~30 s)"
started=$(date +%s)
# shellcheck disable=SC2046 # the options are a list of words
QUARKUS_HTTP_HOST=127.0.0.1 TANDEM_HTTP_PORT=0 TANDEM_DB_NAME="$DB" TANDEM_LOG_JSON=false \
TANDEM_DEMO=true TANDEM_DEMO_PASSWORD=tandem-demo \
TANDEM_JWT_SIGNING_KEY_LOCATION="$WORK/signing-key.pem" TANDEM_CURSOR_SECRET=aot-training-only \
    "$JAVA" $("$ROOT/scripts/java-opts.sh" --no-aot) -XX:AOTCacheOutput="$APP_DIR/app.aot" -Xlog:aot*=error \
    -jar "$APP_DIR/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
pid=$!
cleanup() { kill -9 "$pid" 2>/dev/null || true; }
trap cleanup EXIT

# The port is chosen by the system (TANDEM_HTTP_PORT=0); the log says which.
base=""
for _ in $(seq 1 1200); do
    port=$(sed -n 's/.*Listening on: http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/app.log" 2>/dev/null | head -n1 || true)
    if [[ -n "$port" ]]; then base="http://127.0.0.1:$port"; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$base" ]]; then
    tail -n 20 "$WORK/app.log" >&2
    say "the application did not start (log: $WORK/app.log); no AOT cache"
    exit 0
fi

c() { curl -s --max-time 10 "$@" || true; }
token() {
    c "$base/api/v1/auth/token" -d grant_type=password -d "username=$1" -d password=tandem-demo |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# What every deployment serves first, then a guardian and a teacher at work: the inbox, the unread
# count, a thread and its messages, posting and reading. Requests only load code and record
# profiles; their answers do not matter.
for path in /.well-known/jwks.json /q/health/live /q/health/ready; do c -o /dev/null "$base$path"; done
guardian=$(token ana.lopez@demo.tandem.test)
teacher=$(token maria.rivera@demo.tandem.test)
# Answers are read with grep, whatever order the members come in; a miss leaves the variable empty
# (the training then does less), never stops the script.
student=$(c -H "Authorization: Bearer $guardian" "$base/api/v1/me" | grep -o '"students":\[{[^]]*' |
    grep -o '"id":"[^"]*"' | head -n1 | cut -d'"' -f4 || true)
# A student has one student thread: 201 the first time, 200 with the same thread on a later training.
thread=$(c -H "Authorization: Bearer $guardian" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: aot-$(date +%s%N)" "$base/api/v1/threads" \
    -d "{\"kind\":\"student\",\"studentId\":\"$student\",\"subject\":\"Training\",\"message\":{\"body\":\"Hello\"}}" |
    sed 's/"lastMessage":{[^}]*}//' | grep -o '"id":"[^"]*"' | head -n1 | cut -d'"' -f4 || true)
for i in $(seq 1 25); do
    for who in "$guardian" "$teacher"; do
        h=(-H "Authorization: Bearer $who")
        c -o /dev/null "${h[@]}" "$base/api/v1/threads?limit=25"
        c -o /dev/null "${h[@]}" "$base/api/v1/threads/unread-count"
        if [[ -n "$thread" ]]; then
            c -o /dev/null "${h[@]}" "$base/api/v1/threads/$thread"
            c -o /dev/null "${h[@]}" "$base/api/v1/threads/$thread/messages?limit=50"
            c -o /dev/null "${h[@]}" -H 'Content-Type: application/json' "$base/api/v1/threads/$thread/read" -d '{"seq":1}'
        fi
    done
    if [[ -n "$thread" ]] && (( i % 5 == 0 )); then
        c -o /dev/null -H "Authorization: Bearer $guardian" -H 'Content-Type: application/json' \
            "$base/api/v1/threads/$thread/messages" -d "{\"body\":\"Message $i\",\"clientMessageId\":\"aot-$(date +%s%N)\"}"
    fi
done

# A normal stop: at exit the JVM writes the cache (a second JVM assembles it, ~10 s).
kill -TERM "$pid"
for _ in $(seq 1 1800); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
    say "the training run did not stop within 180 s; no AOT cache"
    exit 0
fi
trap - EXIT
wait "$pid" 2>/dev/null || true
if [[ ! -s "$APP_DIR/app.aot" ]]; then
    tail -n 20 "$WORK/app.log" >&2
    say "no cache was written (log: $WORK/app.log); the application starts without one"
    exit 0
fi
echo "$fingerprint" > "$APP_DIR/app.aot.fingerprint"
say "wrote $APP_DIR/app.aot ($(( $(stat -c %s "$APP_DIR/app.aot") / 1048576 )) MB) in $(( $(date +%s) - started )) s"
