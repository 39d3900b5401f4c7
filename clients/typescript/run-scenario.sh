#!/usr/bin/env bash
# The TypeScript client check of CI (.ci/run): generates the client from the committed
# openapi/openapi.yaml with the pinned tools of package-lock.json, compiles it and the scenario with
# `tsc --strict`, starts the packaged application (prod profile, demo district, its own database)
# and runs the scenario against it. Fails, saying which step, when the document no longer compiles
# into the client or the application no longer behaves as the scenario expects. ~1-2 minutes.
#
#   clients/typescript/run-scenario.sh        after `./mvnw package` (make test builds the jar)
#
# Needs node/npm, PostgreSQL (database TANDEM_CLIENT_DB_NAME, default tandem_client_check, created
# when missing by scripts/ensure-db.sh), openssl and a JDK.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/clients/typescript"
APP_DIR="${TANDEM_APP_DIR:-$ROOT/target/quarkus-app}"
WORK="$ROOT/target/client-check"
DB="${TANDEM_CLIENT_DB_NAME:-tandem_client_check}"
JAVA_HOME="${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}"
export JAVA_HOME

say() { echo "client-check: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[[ -f "$APP_DIR/quarkus-run.jar" ]] || fail "no $APP_DIR/quarkus-run.jar: build first (./mvnw package)"

say "1/4 generating the client from openapi/openapi.yaml and compiling it with tsc --strict"
cd "$HERE"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci (clients/typescript/package-lock.json)"
npm run --silent build || fail "the client generated from openapi/openapi.yaml does not compile with the scenario"

say "2/4 starting the application against '$DB' with the demo district"
TANDEM_DB_NAME="$DB" TANDEM_TEST_DB_NAME="$DB" "$ROOT/scripts/ensure-db.sh" >/dev/null 2>&1 ||
    fail "cannot reach PostgreSQL or create the database '$DB'"
"$ROOT/scripts/reset-scratch-db.sh" "$DB" || fail "cannot empty the scratch database '$DB'"
mkdir -p "$WORK"
if [[ ! -f "$WORK/signing-key.pem" ]]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/signing-key.pem" 2>/dev/null)
fi
# Emptied here, not by the background redirect: the port is read from it at once.
: > "$WORK/app.log"
# shellcheck disable=SC2046 # the options are a list of words
QUARKUS_HTTP_HOST=127.0.0.1 TANDEM_HTTP_PORT=0 TANDEM_DB_NAME="$DB" TANDEM_LOG_JSON=false \
TANDEM_DEMO=true TANDEM_DEMO_PASSWORD=tandem-demo \
TANDEM_JWT_SIGNING_KEY_LOCATION="$WORK/signing-key.pem" TANDEM_CURSOR_SECRET=client-check-only \
    "$JAVA_HOME/bin/java" $("$ROOT/scripts/java-opts.sh") -jar "$APP_DIR/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; sleep 1; kill -9 "$pid" 2>/dev/null || true; }
trap cleanup EXIT

base=""
for _ in $(seq 1 1200); do
    port=$(sed -n 's/.*Listening on: http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/app.log" 2>/dev/null | head -n1 || true)
    if [[ -n "$port" ]]; then base="http://127.0.0.1:$port"; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$base" ]]; then
    tail -n 30 "$WORK/app.log" >&2
    fail "the application did not start within 120 s (log: $WORK/app.log)"
fi
say "application up at $base"

say "3/4 the jar serves the committed document at /q/openapi (prepared on first request in prod)"
served="$WORK/served-openapi.json"
curl -sf --max-time 60 -o "$served" "$base/q/openapi?format=json" || fail "GET /q/openapi failed"
node -e '
const fs = require("fs");
const canon = v => Array.isArray(v) ? v.map(canon) : v && typeof v === "object"
    ? Object.fromEntries(Object.keys(v).sort().map(k => [k, canon(v[k])])) : v;
const [a, b] = process.argv.slice(1).map(f => JSON.stringify(canon(JSON.parse(fs.readFileSync(f, "utf8")))));
process.exit(a === b ? 0 : 1);' "$served" "$ROOT/openapi/openapi.json" ||
    fail "the document the jar serves differs from openapi/openapi.json (run make openapi?)"

say "4/4 running the scenario"
if ! TANDEM_URL="$base" timeout 120 node dist/scenario.js; then
    tail -n 30 "$WORK/app.log" >&2
    fail "the scenario did not pass against the application (log: $WORK/app.log)"
fi
