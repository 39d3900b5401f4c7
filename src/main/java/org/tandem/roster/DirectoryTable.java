package org.tandem.roster;

import java.util.List;

/**
 * A directory table as an import sees it: the columns an import owns (compared with the package and
 * overwritten when they differ) and those it only sets when it creates a record. Columns an import
 * does not own (a guardianship's no-contact flag and permissions, anything added later) are never
 * written, so an import cannot reset them.
 */
enum DirectoryTable {

    SCHOOL("school", "schools", List.of(col("sourced_id", "sourcedId", "text"), col("name", "name", "text"),
            col("active", "active", "boolean")), List.of(col("time_zone", "timeZone", "text"))),
    TERM("academic_term", "terms", List.of(col("sourced_id", "sourcedId", "text"), col("school_id", "schoolId", "uuid"),
            col("name", "name", "text"), col("starts_on", "startsOn", "date"), col("ends_on", "endsOn", "date"),
            col("active", "active", "boolean")), List.of()),
    CLASS("school_class", "classes", List.of(col("sourced_id", "sourcedId", "text"), col("school_id", "schoolId", "uuid"),
            col("term_id", "termId", "uuid"), col("name", "name", "text"), col("subject", "subject", "text"),
            col("grade", "grade", "text"), col("active", "active", "boolean")), List.of()),
    STAFF("staff", "staff", List.of(col("sourced_id", "sourcedId", "text"), col("school_id", "schoolId", "uuid"),
            col("account_id", "accountId", "uuid"), col("given_name", "givenName", "text"),
            col("family_name", "familyName", "text"), col("email", "email", "text"), col("kind", "kind", "text"),
            col("active", "active", "boolean")), List.of()),
    STUDENT("student", "students", List.of(col("sourced_id", "sourcedId", "text"), col("school_id", "schoolId", "uuid"),
            col("given_name", "givenName", "text"), col("family_name", "familyName", "text"),
            col("grade", "grade", "text"), col("active", "active", "boolean")), List.of()),
    GUARDIAN("guardian", "guardians", List.of(col("sourced_id", "sourcedId", "text"), col("account_id", "accountId", "uuid"),
            col("given_name", "givenName", "text"), col("family_name", "familyName", "text"),
            col("email", "email", "text"), col("phone", "phone", "text"), col("active", "active", "boolean")), List.of()),
    GUARDIANSHIP("guardianship", "guardianships", List.of(col("sourced_id", "sourcedId", "text"),
            col("student_id", "studentId", "uuid"), col("guardian_id", "guardianId", "uuid"),
            col("active", "active", "boolean")),
            List.of(col("relationship", "relationship", "text"), col("educational_rights", "educationalRights", "boolean"))),
    ENROLLMENT("enrollment", "enrollments", List.of(col("sourced_id", "sourcedId", "text"),
            col("student_id", "studentId", "uuid"), col("class_id", "classId", "uuid"),
            col("active", "active", "boolean")), List.of()),
    TEACHING("teaching_assignment", "teachingAssignments", List.of(col("sourced_id", "sourcedId", "text"),
            col("staff_id", "staffId", "uuid"), col("class_id", "classId", "uuid"), col("role", "role", "text"),
            col("active", "active", "boolean")), List.of());

    /** A column: its SQL name, its name in the API's vocabulary (for diffs) and its SQL type. */
    record Column(String sql, String api, String type) {
    }

    private final String table;
    private final String recordType;
    private final List<Column> owned;
    private final List<Column> onCreate;

    DirectoryTable(String table, String recordType, List<Column> owned, List<Column> onCreate) {
        this.table = table;
        this.recordType = recordType;
        this.owned = owned;
        this.onCreate = onCreate;
    }

    private static Column col(String sql, String api, String type) {
        return new Column(sql, api, type);
    }

    String table() {
        return table;
    }

    /** The record type in job summaries and changes ("students"). */
    String recordType() {
        return recordType;
    }

    List<Column> owned() {
        return owned;
    }

    List<Column> onCreate() {
        return onCreate;
    }

    int activeIndex() {
        return owned.size() - 1;
    }

    int index(String sqlColumn) {
        for (int i = 0; i < owned.size(); i++) {
            if (owned.get(i).sql().equals(sqlColumn)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sqlColumn);
    }
}
