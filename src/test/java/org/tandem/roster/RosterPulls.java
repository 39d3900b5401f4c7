package org.tandem.roster;

import static org.tandem.roster.OneRosterPackages.waitFor;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Calls the REST pull tests share: setting the provider, pulling and waiting, reading the directory. */
final class RosterPulls {

    private RosterPulls() {
    }

    static Map<String, Object> settings(ProviderStub stub) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseUrl", stub.baseUrl());
        body.put("tokenUrl", stub.tokenUrl());
        body.put("clientId", ProviderStub.CLIENT_ID);
        body.put("clientSecret", ProviderStub.CLIENT_SECRET);
        body.put("scope", "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly");
        return body;
    }

    /** Sets the district's provider to the stub (201). */
    static void configure(TestDistrict d, ProviderStub stub) {
        Api.validated(d.districtAdmin()).contentType("application/json").body(settings(stub))
                .put("/api/v1/roster/provider").then().statusCode(201);
    }

    static Response startPull(String token, String query) {
        return Api.validated(token).post("/api/v1/roster/provider/pulls" + (query == null ? "" : "?" + query));
    }

    /** Starts a pull, expects 202 and waits until the job ends. */
    static JsonPath pullAndWait(String token, String query) {
        Response started = startPull(token, query);
        started.then().statusCode(202);
        return waitFor(token, started.jsonPath().getString("id"));
    }

    static JsonPath provider(TestDistrict d) {
        return Api.validated(d.districtAdmin()).get("/api/v1/roster/provider").then().statusCode(200).extract().jsonPath();
    }

    private static final List<String> DIRECTORY = List.of(
            "SELECT 'school|' || s.sourced_id || '|' || s.name || '|' || s.active FROM school s WHERE s.tenant_id = :t AND s.sourced_id IS NOT NULL",
            "SELECT 'term|' || t.sourced_id || '|' || s.sourced_id || '|' || t.name || '|' || t.starts_on || '|' || t.ends_on || '|' || t.active "
                    + "FROM academic_term t JOIN school s ON s.id = t.school_id WHERE t.tenant_id = :t AND t.sourced_id IS NOT NULL",
            "SELECT 'class|' || c.sourced_id || '|' || s.sourced_id || '|' || t.sourced_id || '|' || c.name || '|' || coalesce(c.subject, '') "
                    + "|| '|' || coalesce(c.grade, '') || '|' || c.active FROM school_class c JOIN school s ON s.id = c.school_id "
                    + "JOIN academic_term t ON t.id = c.term_id WHERE c.tenant_id = :t AND c.sourced_id IS NOT NULL",
            "SELECT 'staff|' || st.sourced_id || '|' || s.sourced_id || '|' || coalesce(a.email, '') || '|' || st.given_name || '|' "
                    + "|| st.family_name || '|' || coalesce(st.email, '') || '|' || st.kind || '|' || st.active FROM staff st "
                    + "JOIN school s ON s.id = st.school_id LEFT JOIN account a ON a.id = st.account_id "
                    + "WHERE st.tenant_id = :t AND st.sourced_id IS NOT NULL",
            "SELECT 'student|' || st.sourced_id || '|' || s.sourced_id || '|' || st.given_name || '|' || st.family_name || '|' "
                    + "|| coalesce(st.grade, '') || '|' || st.active FROM student st JOIN school s ON s.id = st.school_id "
                    + "WHERE st.tenant_id = :t AND st.sourced_id IS NOT NULL",
            "SELECT 'guardian|' || g.sourced_id || '|' || coalesce(a.email, '') || '|' || g.given_name || '|' || g.family_name || '|' "
                    + "|| coalesce(g.email, '') || '|' || coalesce(g.phone, '') || '|' || g.active FROM guardian g "
                    + "LEFT JOIN account a ON a.id = g.account_id WHERE g.tenant_id = :t AND g.sourced_id IS NOT NULL",
            "SELECT 'guardianship|' || gs.sourced_id || '|' || s.sourced_id || '|' || g.sourced_id || '|' || gs.relationship || '|' "
                    + "|| gs.educational_rights || '|' || gs.active FROM guardianship gs JOIN student s ON s.id = gs.student_id "
                    + "JOIN guardian g ON g.id = gs.guardian_id WHERE gs.tenant_id = :t AND gs.sourced_id IS NOT NULL",
            "SELECT 'enrollment|' || e.sourced_id || '|' || s.sourced_id || '|' || c.sourced_id || '|' || e.active FROM enrollment e "
                    + "JOIN student s ON s.id = e.student_id JOIN school_class c ON c.id = e.class_id "
                    + "WHERE e.tenant_id = :t AND e.sourced_id IS NOT NULL",
            "SELECT 'teaching|' || ta.sourced_id || '|' || st.sourced_id || '|' || c.sourced_id || '|' || ta.role || '|' || ta.active "
                    + "FROM teaching_assignment ta JOIN staff st ON st.id = ta.staff_id JOIN school_class c ON c.id = ta.class_id "
                    + "WHERE ta.tenant_id = :t AND ta.sourced_id IS NOT NULL");

    /** Every imported directory record of the district in the fields an import owns, references as sourcedIds, sorted. */
    @SuppressWarnings("unchecked")
    static List<String> directory(TestDistrict d) {
        List<String> lines = new ArrayList<>();
        for (String sql : DIRECTORY) {
            lines.addAll(d.inTenantReturning(em -> (List<String>) em.createNativeQuery(sql)
                    .setParameter("t", d.tenantId.toString()).getResultList()));
        }
        lines.sort(null);
        return lines;
    }
}
