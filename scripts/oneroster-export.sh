#!/usr/bin/env bash
# Writes a district's directory as a OneRoster 1.2 CSV package (bulk), ready for
# POST /api/v1/roster/imports. Only records that carry a sourcedId are exported (the demo district's
# all do); inactive records are left out. Usage: scripts/oneroster-export.sh <district-slug> <out.zip>
#
# Reads the same database settings as the application: TANDEM_DB_HOST (127.0.0.1), TANDEM_DB_PORT
# (5432), TANDEM_DB_USER (tandem), TANDEM_DB_PASSWORD (tandem), TANDEM_DB_NAME (tandem).
set -euo pipefail

slug="${1:?usage: $0 <district-slug> <out.zip>}"
out="${2:?usage: $0 <district-slug> <out.zip>}"
export PGPASSWORD="${TANDEM_DB_PASSWORD:-tandem}"
psql_args=(-X -q -v ON_ERROR_STOP=1 -h "${TANDEM_DB_HOST:-127.0.0.1}" -p "${TANDEM_DB_PORT:-5432}"
           -U "${TANDEM_DB_USER:-tandem}" -d "${TANDEM_DB_NAME:-tandem}")
command -v zip >/dev/null 2>&1 || { echo "oneroster-export: 'zip' is not installed" >&2; exit 1; }

tenant=$(psql "${psql_args[@]}" -At -c "SELECT tenant_id FROM district WHERE slug = '${slug//\'/}'")
[ -n "$tenant" ] || { echo "oneroster-export: no district with slug '$slug'" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

copy() { # file, query (@T@ stands for the tenant)
    local literal="'$tenant'"
    local query="${2//@T@/$literal}"
    psql "${psql_args[@]}" -c "\\copy (${query//$'\n'/ }) TO '$dir/$1' WITH (FORMAT csv, HEADER true)" >/dev/null
}

copy orgs.csv "SELECT 'district-' || slug AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", name, 'district' AS type,
    slug AS identifier, '' AS \"parentSourcedId\" FROM district WHERE tenant_id = @T@
  UNION ALL
  SELECT s.sourced_id, '', '', s.name, 'school', '', 'district-' || d.slug FROM school s JOIN district d ON d.tenant_id = s.tenant_id
    WHERE s.tenant_id = @T@ AND s.active AND s.sourced_id IS NOT NULL"

copy academicSessions.csv "SELECT sourced_id AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", name AS title, 'term' AS type,
    starts_on AS \"startDate\", ends_on AS \"endDate\", '' AS \"parentSourcedId\", extract(year FROM ends_on)::int AS \"schoolYear\"
  FROM academic_term WHERE tenant_id = @T@ AND active AND sourced_id IS NOT NULL"

copy courses.csv "SELECT 'course-' || c.sourced_id AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", '' AS \"schoolYearSourcedId\",
    c.name AS title, '' AS \"courseCode\", coalesce(c.grade, '') AS grades, s.sourced_id AS \"orgSourcedId\",
    coalesce(c.subject, '') AS subjects, '' AS \"subjectCodes\"
  FROM school_class c JOIN school s ON s.tenant_id = c.tenant_id AND s.id = c.school_id
  WHERE c.tenant_id = @T@ AND c.active AND c.sourced_id IS NOT NULL"

copy classes.csv "SELECT c.sourced_id AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", c.name AS title,
    coalesce(c.grade, '') AS grades, 'course-' || c.sourced_id AS \"courseSourcedId\", '' AS \"classCode\", 'scheduled' AS \"classType\",
    '' AS location, s.sourced_id AS \"schoolSourcedId\", t.sourced_id AS \"termSourcedIds\", coalesce(c.subject, '') AS subjects,
    '' AS \"subjectCodes\", '' AS periods
  FROM school_class c JOIN school s ON s.tenant_id = c.tenant_id AND s.id = c.school_id
  JOIN academic_term t ON t.tenant_id = c.tenant_id AND t.id = c.term_id
  WHERE c.tenant_id = @T@ AND c.active AND c.sourced_id IS NOT NULL"

# Users: staff, students and guardians (a teacher who is also a parent is two users with one email).
people="
  SELECT st.sourced_id AS sid, st.given_name, st.family_name, st.email, '' AS phone, '' AS agents, '' AS grades,
         s.sourced_id AS org, CASE st.kind WHEN 'school_admin' THEN 'principal' ELSE st.kind END AS role
    FROM staff st JOIN school s ON s.tenant_id = st.tenant_id AND s.id = st.school_id
   WHERE st.tenant_id = @T@ AND st.active AND st.sourced_id IS NOT NULL
  UNION ALL
  SELECT su.sourced_id, su.given_name, su.family_name, '', '',
         coalesce((SELECT string_agg(g.sourced_id, ',' ORDER BY g.sourced_id) FROM guardianship gs
                   JOIN guardian g ON g.tenant_id = gs.tenant_id AND g.id = gs.guardian_id
                   WHERE gs.tenant_id = su.tenant_id AND gs.student_id = su.id AND gs.active AND g.active AND g.sourced_id IS NOT NULL), ''),
         coalesce(su.grade, ''), s.sourced_id, 'student'
    FROM student su JOIN school s ON s.tenant_id = su.tenant_id AND s.id = su.school_id
   WHERE su.tenant_id = @T@ AND su.active AND su.sourced_id IS NOT NULL
  UNION ALL
  SELECT g.sourced_id, g.given_name, g.family_name, coalesce(g.email, ''), coalesce(g.phone, ''),
         coalesce((SELECT string_agg(su.sourced_id, ',' ORDER BY su.sourced_id) FROM guardianship gs
                   JOIN student su ON su.tenant_id = gs.tenant_id AND su.id = gs.student_id
                   WHERE gs.tenant_id = g.tenant_id AND gs.guardian_id = g.id AND gs.active AND su.active AND su.sourced_id IS NOT NULL), ''),
         '', (SELECT 'district-' || slug FROM district WHERE tenant_id = @T@),
         coalesce((SELECT CASE WHEN bool_or(gs.relationship IN ('mother', 'father')) THEN 'parent'
                               WHEN bool_or(gs.relationship = 'guardian') THEN 'guardian' ELSE 'relative' END
                   FROM guardianship gs WHERE gs.tenant_id = g.tenant_id AND gs.guardian_id = g.id), 'guardian')
    FROM guardian g WHERE g.tenant_id = @T@ AND g.active AND g.sourced_id IS NOT NULL"

copy users.csv "SELECT sid AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", 'true' AS \"enabledUser\", sid AS username,
    '' AS \"userIds\", given_name AS \"givenName\", family_name AS \"familyName\", '' AS \"middleName\", '' AS identifier, email,
    '' AS sms, phone, agents AS \"agentSourcedIds\", grades, '' AS password, '' AS \"userMasterIdentifier\",
    '' AS \"resourceSourcedIds\", '' AS \"preferredGivenName\", '' AS \"preferredMiddleName\", '' AS \"preferredFamilyName\",
    org AS \"primaryOrgSourcedId\", '' AS pronouns FROM ($people) p ORDER BY role <> 'student', sid"

copy roles.csv "SELECT 'role-' || sid AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", sid AS \"userSourcedId\",
    'primary' AS \"roleType\", role, '' AS \"beginDate\", '' AS \"endDate\", org AS \"orgSourcedId\", '' AS \"userProfileSourcedId\"
  FROM ($people) p ORDER BY sid"

copy enrollments.csv "SELECT e.sourced_id AS \"sourcedId\", '' AS status, '' AS \"dateLastModified\", c.sourced_id AS \"classSourcedId\",
    s.sourced_id AS \"schoolSourcedId\", su.sourced_id AS \"userSourcedId\", 'student' AS role, 'false' AS \"primary\",
    '' AS \"beginDate\", '' AS \"endDate\"
  FROM enrollment e JOIN student su ON su.tenant_id = e.tenant_id AND su.id = e.student_id
  JOIN school_class c ON c.tenant_id = e.tenant_id AND c.id = e.class_id
  JOIN school s ON s.tenant_id = c.tenant_id AND s.id = c.school_id
  WHERE e.tenant_id = @T@ AND e.active AND e.sourced_id IS NOT NULL AND su.sourced_id IS NOT NULL AND c.sourced_id IS NOT NULL
  UNION ALL
  SELECT ta.sourced_id, '', '', c.sourced_id, s.sourced_id, st.sourced_id,
    CASE ta.role WHEN 'aide' THEN 'aide' ELSE 'teacher' END, (ta.role = 'primary')::text, '', ''
  FROM teaching_assignment ta JOIN staff st ON st.tenant_id = ta.tenant_id AND st.id = ta.staff_id
  JOIN school_class c ON c.tenant_id = ta.tenant_id AND c.id = ta.class_id
  JOIN school s ON s.tenant_id = c.tenant_id AND s.id = c.school_id
  WHERE ta.tenant_id = @T@ AND ta.active AND ta.sourced_id IS NOT NULL AND st.sourced_id IS NOT NULL AND c.sourced_id IS NOT NULL"

cat > "$dir/manifest.csv" <<'MANIFEST'
propertyName,value
manifest.version,1.0
oneroster.version,1.2
file.academicSessions,bulk
file.classes,bulk
file.courses,bulk
file.enrollments,bulk
file.orgs,bulk
file.roles,bulk
file.users,bulk
source.systemName,Tandem export
MANIFEST
out_abs=$(realpath -m "$out")
rm -f "$out_abs"
(cd "$dir" && zip -q -X "$out_abs" manifest.csv orgs.csv academicSessions.csv courses.csv classes.csv users.csv roles.csv enrollments.csv)
echo "oneroster-export: wrote $out (district '$slug', OneRoster 1.2, bulk)" >&2
