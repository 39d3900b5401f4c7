package org.tandem.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OneRoster CSV files Tandem reads, with each version's columns in the specification's order
 * and the columns that must hold a value. Headers are case-sensitive and must list these columns in
 * this order; extension columns ({@code metadata.*}) may follow them.
 */
enum OneRosterFiles {

    ORGS("orgs.csv",
            List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"),
            null, Set.of("sourcedId", "name", "type"), null),
    ACADEMIC_SESSIONS("academicSessions.csv",
            List.of("sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
                    "parentSourcedId", "schoolYear"),
            null, Set.of("sourcedId", "title", "type", "startDate", "endDate", "schoolYear"), null),
    COURSES("courses.csv",
            List.of("sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
                    "orgSourcedId", "subjects", "subjectCodes"),
            null, Set.of("sourcedId", "title", "orgSourcedId"), null),
    CLASSES("classes.csv",
            List.of("sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
                    "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"),
            null, Set.of("sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"), null),
    USERS("users.csv",
            List.of("sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username",
                    "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone",
                    "agentSourcedIds", "grades", "password"),
            List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName",
                    "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades",
                    "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
                    "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"),
            Set.of("sourcedId", "enabledUser", "orgSourcedIds", "role", "username", "givenName", "familyName"),
            Set.of("sourcedId", "enabledUser", "username", "givenName", "familyName")),
    ROLES("roles.csv",
            null,
            List.of("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate",
                    "endDate", "orgSourcedId", "userProfileSourcedId"),
            null, Set.of("sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId")),
    ENROLLMENTS("enrollments.csv",
            List.of("sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId",
                    "role", "primary", "beginDate", "endDate"),
            null, Set.of("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"), null);

    static final String MANIFEST = "manifest.csv";

    private final String fileName;
    private final List<String> columns11;
    private final List<String> columns12;
    private final Set<String> required11;
    private final Set<String> required12;

    OneRosterFiles(String fileName, List<String> columns11, List<String> columns12, Set<String> required11,
                   Set<String> required12) {
        this.fileName = fileName;
        this.columns11 = columns11;
        this.columns12 = columns12 == null ? columns11 : columns12;
        this.required11 = required11;
        this.required12 = required12 == null ? required11 : required12;
    }

    String fileName() {
        return fileName;
    }

    /** The manifest's property for this file ({@code file.users}). */
    String manifestProperty() {
        return "file." + fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** Whether this version of OneRoster has the file at all. */
    boolean existsIn(String version) {
        return columns(version) != null;
    }

    List<String> columns(String version) {
        return "1.1".equals(version) ? columns11 : columns12;
    }

    Set<String> required(String version) {
        return "1.1".equals(version) ? required11 : required12;
    }

    /** Files of the specification that Tandem does not read (gradebook, resources, demographics). */
    static final Set<String> IGNORED = Set.of("file.categories", "file.classResources", "file.courseResources",
            "file.demographics", "file.lineItems", "file.resources", "file.results", "file.userProfiles",
            "file.userResources", "file.scoreScales", "file.lineItemLearningObjectiveIds", "file.lineItemScoreScales",
            "file.resultLearningObjectiveIds", "file.resultScoreScales");

    static final Map<String, String> VERSIONS = Map.of("1.1", "1.1", "1.2", "1.2");
}
