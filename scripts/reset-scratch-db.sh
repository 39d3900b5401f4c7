#!/usr/bin/env bash
# Empties a scratch database (its public schema) as the application's role, so that a throwaway run
# (the AOT training, the TypeScript client's scenario) migrates from nothing. Another branch's
# migrations left in a scratch database would otherwise stop Flyway ("resolved migration not applied").
# Usage: scripts/reset-scratch-db.sh <database>   (run scripts/ensure-db.sh for it first)
# Reads TANDEM_DB_HOST (127.0.0.1), TANDEM_DB_PORT (5432), TANDEM_DB_USER (tandem), TANDEM_DB_PASSWORD (tandem).
set -euo pipefail
db="${1:?usage: reset-scratch-db.sh <database>}"
case "$db" in
    tandem | tandem_test) echo "reset-scratch-db: refusing to empty '$db', which is not a scratch database" >&2; exit 2 ;;
esac
PGPASSWORD="${TANDEM_DB_PASSWORD:-tandem}" psql -X -q -w -v ON_ERROR_STOP=1 \
    -h "${TANDEM_DB_HOST:-127.0.0.1}" -p "${TANDEM_DB_PORT:-5432}" -U "${TANDEM_DB_USER:-tandem}" -d "$db" \
    -c 'SET client_min_messages = warning' -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public' >/dev/null
