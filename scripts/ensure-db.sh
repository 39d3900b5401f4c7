#!/usr/bin/env bash
# Makes sure the PostgreSQL server Tandem uses is up and has the app's role and databases.
# Idempotent: when the role can already log in to both databases it changes nothing.
#
# Settings (the same variables the application reads, with the same defaults):
#   TANDEM_DB_HOST (127.0.0.1)  TANDEM_DB_PORT (5432)  TANDEM_DB_USER (tandem)
#   TANDEM_DB_PASSWORD (tandem)  TANDEM_DB_NAME (tandem)  TANDEM_TEST_DB_NAME (tandem_test)
# Admin connection, used only to create what is missing:
#   PGADMIN_USER (postgres)  PGADMIN_PASSWORD (none)  PGADMIN_DB (postgres)
set -euo pipefail

host="${TANDEM_DB_HOST:-127.0.0.1}"
port="${TANDEM_DB_PORT:-5432}"
user="${TANDEM_DB_USER:-tandem}"
password="${TANDEM_DB_PASSWORD:-tandem}"
db="${TANDEM_DB_NAME:-tandem}"
test_db="${TANDEM_TEST_DB_NAME:-tandem_test}"
admin_user="${PGADMIN_USER:-postgres}"
admin_password="${PGADMIN_PASSWORD:-}"
admin_db="${PGADMIN_DB:-postgres}"

# A server that does not answer should fail fast rather than hang a build.
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"

say() { echo "ensure-db: $*" >&2; }
die() { say "$*"; exit 1; }

for tool in psql pg_isready; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' is not installed. Install the PostgreSQL client tools, e.g. 'apt-get install postgresql-client' (Debian/Ubuntu) or 'brew install libpq' (macOS)."
done

is_local() {
    case "$host" in
        127.* | localhost | ::1 | /*) return 0 ;;
        *) return 1 ;;
    esac
}

reachable() { pg_isready -q -h "$host" -p "$port" -t 3; }

# --- 1. The server -----------------------------------------------------------------------------
# On Debian-style machines the cluster may simply be stopped (nothing starts it at boot in a
# container). Starting it ourselves saves a confusing "connection refused" from the test suite.
if ! reachable && is_local && command -v pg_lsclusters >/dev/null 2>&1; then
    # Columns: Ver Cluster Port Status ...; only a cluster configured for our port is a candidate.
    while read -r ver name cport status _; do
        if [[ "$cport" == "$port" && "$status" == down* ]]; then
            say "starting the stopped PostgreSQL $ver/$name cluster on port $port"
            pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start ||
                say "could not start it (are you root or the postgres user?)"
        fi
    done < <(pg_lsclusters --no-header 2>/dev/null || true)
    for _ in $(seq 1 20); do reachable && break; sleep 0.5; done
fi

if ! reachable; then
    die "no PostgreSQL server answers at $host:$port.
  Start one, or point Tandem at yours with TANDEM_DB_HOST and TANDEM_DB_PORT
  (and TANDEM_DB_USER, TANDEM_DB_PASSWORD, TANDEM_DB_NAME, TANDEM_TEST_DB_NAME).
  For creating the role and databases, PGADMIN_USER and PGADMIN_PASSWORD name a superuser.
  A throwaway server in Docker: docker-compose -f docker/docker-compose.yml up -d db"
fi

# --- 2. Already fine? --------------------------------------------------------------------------
# -X ignores a personal ~/.psqlrc, which could otherwise print or change settings.
app_can_connect() {
    PGPASSWORD="$password" psql -X -q -w -h "$host" -p "$port" -U "$user" -d "$1" -tAc 'select 1' >/dev/null 2>&1
}

if app_can_connect "$db" && app_can_connect "$test_db"; then
    say "ok: role '$user' can use databases '$db' and '$test_db' at $host:$port"
    exit 0
fi

# --- 3. An admin connection --------------------------------------------------------------------
# In order: the configured admin over TCP (works with trust or a password); the app role itself
# when it may create databases (as in docker/docker-compose.yml, where it is the superuser); and,
# as root on the database machine, the postgres OS user over the local socket (Debian's peer auth).
admin_mode=""
if PGPASSWORD="$admin_password" psql -X -q -w -h "$host" -p "$port" -U "$admin_user" -d "$admin_db" \
    -tAc 'select 1' >/dev/null 2>&1; then
    admin_mode=tcp
elif [[ "$(PGPASSWORD="$password" psql -X -q -w -h "$host" -p "$port" -U "$user" -d "$admin_db" \
    -tAc 'select rolsuper or rolcreatedb from pg_roles where rolname = current_user' 2>/dev/null)" == t ]]; then
    admin_mode=tcp admin_user="$user" admin_password="$password"
elif is_local && [[ "$(id -u)" == 0 ]] && id postgres >/dev/null 2>&1; then
    if command -v runuser >/dev/null 2>&1 &&
        runuser -u postgres -- psql -X -q -p "$port" -d "$admin_db" -tAc 'select 1' >/dev/null 2>&1; then
        admin_mode=runuser
    elif su postgres -s /bin/sh -c "psql -X -q -p '$port' -d '$admin_db' -tAc 'select 1'" >/dev/null 2>&1; then
        admin_mode=su
    fi
fi
[[ -n "$admin_mode" ]] || die "role '$user' cannot use '$db'/'$test_db' at $host:$port, and there is no admin
  connection to create them: set PGADMIN_USER and PGADMIN_PASSWORD to a superuser (or one with
  CREATEROLE and CREATEDB), or create them yourself:
      CREATE ROLE $user LOGIN PASSWORD '...';
      CREATE DATABASE $db OWNER $user;  CREATE DATABASE $test_db OWNER $user;"

# Runs the SQL on stdin as the admin. Values are passed as psql variables and quoted by psql
# (:'name') or format(%I/%L), never pasted into the SQL text.
admin_sql() {
    local -a args=(-X -q -v ON_ERROR_STOP=1 -tA -v "role=$user" -v "pw=$password" -v "db=$db" -v "test_db=$test_db")
    case "$admin_mode" in
        tcp) PGPASSWORD="$admin_password" psql -w -h "$host" -p "$port" -U "$admin_user" -d "$admin_db" "${args[@]}" ;;
        runuser) runuser -u postgres -- psql -p "$port" -d "$admin_db" "${args[@]}" ;;
        su)
            # su takes one command string: quote every argument for the shell.
            su postgres -s /bin/sh -c "psql -p $(printf '%q' "$port") -d $(printf '%q' "$admin_db") $(printf '%q ' "${args[@]}")"
            ;;
    esac
}

say "creating what is missing at $host:$port (as $([[ $admin_mode == tcp ]] && echo "$admin_user" || echo "postgres via $admin_mode"))"
# \gexec runs each row of the result as a statement: this makes "create if missing" one query,
# and CREATE DATABASE cannot run inside a DO block / transaction anyway.
admin_sql <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'role')
  FROM (SELECT DISTINCT unnest(ARRAY[:'db', :'test_db']) AS d) wanted
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL

# A role that existed before but cannot log in (no LOGIN, or another password): make it match the
# configuration, since that is what the application will use.
if ! app_can_connect "$db"; then
    say "role '$user' exists but cannot log in; setting LOGIN and the configured password"
    admin_sql <<'SQL'
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'pw') \gexec
SQL
fi

# Databases created earlier by someone else keep their owner; tests that clean the schema may then
# fail with "permission denied", so say so now.
admin_sql <<'SQL' | while read -r name owner; do [[ -n "$name" ]] && say "warning: database '$name' is owned by '$owner', not '$user'"; done
SELECT d.datname || ' ' || pg_get_userbyid(d.datdba) FROM pg_database d
 WHERE d.datname IN (:'db', :'test_db') AND pg_get_userbyid(d.datdba) <> :'role';
SQL

for name in "$db" "$test_db"; do
    app_can_connect "$name" || die "role '$user' still cannot connect to '$name' at $host:$port; check pg_hba.conf and TANDEM_DB_PASSWORD"
done
say "ok: role '$user' can use databases '$db' and '$test_db' at $host:$port"
