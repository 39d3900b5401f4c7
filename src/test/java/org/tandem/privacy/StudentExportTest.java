package org.tandem.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.platform.security.JwtSettings;
import org.tandem.platform.security.TokenKeys;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** An export of everything about a student, built by a job into an expiring archive; handing it over is a disclosure. */
@QuarkusTest
class StudentExportTest {

    private TestDistrict d;
    private StudentRecords r;
    private String confidentialGoal;

    @BeforeEach
    void student() {
        d = TestDistrict.create();
        r = StudentRecords.of(d);
        Map<String, Object> goal = new HashMap<>(Map.of("title", "IEP speech goal", "category", "academic", "confidential", true,
                "startDate", LocalDate.now().minusDays(5).toString(), "targetDate", LocalDate.now().plusDays(90).toString(),
                "milestones", List.of("Sounds", "Words")));
        confidentialGoal = Api.validated(d.teacherA()).contentType("application/json").body(goal)
                .post("/api/v1/students/" + d.studentA + "/goals").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response ask(String token, UUID student) {
        return Api.responseValidated(token).contentType("application/json").body(Map.of()).post("/api/v1/students/" + student + "/exports");
    }

    static void build() {
        Arc.container().instance(ExportBuilder.class).get().processDue();
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private byte[] exportFor(String token) {
        String id = ask(token, d.studentA).then().statusCode(202).extract().path("id");
        build();
        return Api.validated(token).get("/api/v1/exports/" + id + "/archive").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
    }

    @Test
    void aParentsAccessRequestHoldsEverythingAboutTheirChild() throws IOException {
        var queued = Api.validated(d.guardianA()).contentType("application/json").body(Map.of()).post("/api/v1/students/" + d.studentA + "/exports");
        queued.then().statusCode(202).body("state", equalTo("queued")).body("archiveUrl", nullValue())
                .body("purpose", equalTo("Parent's access request")).body("includesConfidential", equalTo(true));
        String id = queued.jsonPath().getString("id");
        ask(d.guardianA(), d.studentA).then().statusCode(202).body("id", equalTo(id));
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/exports").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Api.validated(d.schoolAdmin()).get("/api/v1/students/" + d.studentA + "/exports").then().statusCode(200)
                .body("items", equalTo(List.of()));
        Api.validated(d.guardianA()).get("/api/v1/exports/" + id + "/archive").then().statusCode(409).body("code", equalTo("export_not_ready"));
        build();
        Api.validated(d.guardianA()).get("/api/v1/exports/" + id).then().statusCode(200).body("state", equalTo("ready"))
                .body("archiveUrl", equalTo("/api/v1/exports/" + id + "/archive"));
        Map<String, byte[]> files = unzip(Api.validated(d.guardianA()).get("/api/v1/exports/" + id + "/archive").then().statusCode(200)
                .extract().asByteArray());
        JsonNode json = new ObjectMapper().readTree(files.get("student-records.json"));
        assertEquals(r.GIVEN, json.at("/student/givenName").asText());
        assertEquals(1, json.at("/student/familyLinks").size(), "the no-contact link is not in a guardian's export");
        JsonNode thread = json.at("/messages/0");
        assertEquals(r.thread, thread.get("id").asText());
        assertEquals(2, thread.get("messages").size());
        assertEquals("es", thread.at("/messages/0/translations/0/language").asText());
        assertTrue(thread.at("/messages/1/earlierVersions/0/previousBody").asText().contains(r.GIVEN));
        assertEquals(2, json.at("/goals").size(), "with the confidential goal: her link has educational rights and goals");
        assertEquals(1, json.at("/goals/0/checkIns/0/comments").size());
        assertEquals("heart", json.at("/celebrations/celebrations/0/reactions/0/reaction").asText());
        assertEquals(1, json.at("/events/conferenceBookings").size());
        assertEquals(1, json.at("/events/rsvps").size());
        assertTrue(json.at("/auditLog").size() >= 1);
        String html = new String(files.get("summary.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Records of " + r.GIVEN + " " + r.FAMILY) && html.contains("IEP speech goal"));
        assertFalse(html.contains("<script"));
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].recipientKind", equalTo("guardian"))
                .body("items[0].recipientId", equalTo(d.guardianAAccount.toString())).body("items[0].exportId", equalTo(id))
                .body("items[0].purpose", equalTo("Parent's access request"));
    }

    @Test
    void confidentialGoalsOnlyForThoseWhoMaySeeThem() throws IOException {
        String grandparent = guardian(true, false);
        JsonNode json = new ObjectMapper().readTree(unzip(exportFor(grandparent)).get("student-records.json"));
        assertTrue(json.at("/goals").isMissingNode() && json.at("/celebrations").isMissingNode(), json.toString());
        JsonNode admin = new ObjectMapper().readTree(unzip(exportFor(d.schoolAdmin())).get("student-records.json"));
        assertEquals(2, admin.at("/goals").size());
        assertEquals(3, admin.at("/student/familyLinks").size(), "an administrator sees every link, the no-contact one included");
    }

    @Test
    void anExpiredArchiveIsGone() {
        String id = ask(d.districtAdmin(), d.studentA).then().statusCode(202).extract().path("id");
        build();
        d.inTenant(em -> em.createNativeQuery("UPDATE student_export SET expires_at = now() - interval '1 minute' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        build();
        Api.validated(d.districtAdmin()).get("/api/v1/exports/" + id).then().body("state", equalTo("expired"));
        Api.responseValidated(d.districtAdmin()).get("/api/v1/exports/" + id + "/archive").then().statusCode(410)
                .body("code", equalTo("export_expired"));
    }

    @Test
    void whoMayExportAndReadTheDisclosures() {
        String noRights = guardian(false, true);
        for (String token : List.of(noRights, d.teacherA())) {
            ask(token, d.studentA).then().statusCode(403);
            Api.responseValidated(token).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(403);
            Api.responseValidated(token).get("/api/v1/students/" + d.studentA + "/exports").then().statusCode(403);
        }
        for (String token : List.of(d.noContactGuardian(), d.guardianB(), d.teacherB(), TestDistrict.create().districtAdmin())) {
            ask(token, d.studentA).then().statusCode(404);
            Api.responseValidated(token).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(404);
            Api.responseValidated(token).get("/api/v1/students/" + d.studentA + "/exports").then().statusCode(404);
        }
        String integrator = TestTokensForPrivacy.integrator(d.tenantId);
        ask(integrator, d.studentA).then().statusCode(403);
        String id = ask(d.guardianA(), d.studentA).then().statusCode(202).extract().path("id");
        build();
        for (String token : List.of(d.guardianB(), d.schoolAdmin(), d.districtAdmin(), d.noContactGuardian())) {
            Api.responseValidated(token).get("/api/v1/exports/" + id).then().statusCode(404);
            Api.responseValidated(token).get("/api/v1/exports/" + id + "/archive").then().statusCode(404);
        }
        ask(d.schoolAdmin(), d.studentA).then().statusCode(202);
        ask(d.districtAdmin(), d.studentA).then().statusCode(202);
        Api.validated(d.schoolAdmin()).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(200);
    }

    @Test
    void anIntegratorsReadOfAStudentIsADisclosure() {
        String integrator = TestTokensForPrivacy.integrator(d.tenantId, "directory.read");
        Api.validated(integrator).get("/api/v1/students/" + d.studentA).then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].recipientKind", equalTo("integrator"))
                .body("items[0].purpose", equalTo("Integration granted the directory.read scope by the district"));
    }

    @Test
    void anIntegratorsListOfStudentsIsADisclosureOfEachStudentOnThePage() {
        String integrator = TestTokensForPrivacy.integrator(d.tenantId, "directory.read");
        java.util.List<String> listed = Api.validated(integrator).get("/api/v1/students?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(listed.contains(d.studentA.toString()), "student A is on the page: " + listed);
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/disclosures").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].recipientKind", equalTo("integrator"))
                .body("items[0].records", equalTo("Directory records (list)"));
        // A school administrator's own list is not a disclosure outside the school.
        Api.validated(d.schoolAdmin()).get("/api/v1/students?limit=100").then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/disclosures").then().body("items.size()", equalTo(1));
    }

    /** Another guardian of student A, with or without educational rights and the goals permission. */
    private String guardian(boolean educationalRights, boolean goals) {
        UUID[] account = new UUID[1];
        d.inTenant(em -> {
            org.tandem.identity.Account a = new org.tandem.identity.Account("g-" + UUID.randomUUID() + "@family.test", "Grand Parent", null);
            em.persist(a);
            org.tandem.directory.Guardian g = new org.tandem.directory.Guardian("Grand", "Parent", a.email(), null, "en", null);
            g.linkAccount(a.id());
            em.persist(g);
            em.persist(new org.tandem.directory.Guardianship(d.studentA, g.id(), org.tandem.directory.Relationship.GRANDPARENT,
                    educationalRights, new org.tandem.directory.Guardianship.Permissions(true, true, true, goals), false, null));
            account[0] = a.id();
        });
        return org.tandem.testsupport.TestTokens.forTenant(d.tenantId.toString(), account[0].toString(), Roles.GUARDIAN);
    }

    /** Integrator tokens with scopes (client credentials). */
    static final class TestTokensForPrivacy {
        static String integrator(UUID tenant, String... scopes) {
            TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
            JwtSettings settings = Arc.container().instance(JwtSettings.class).get();
            Instant now = Instant.now();
            return Jwt.issuer(settings.issuer()).audience(settings.audience()).subject(UUID.randomUUID().toString())
                    .groups(Set.of(Roles.INTEGRATOR)).claim("tid", tenant.toString())
                    .claim("scope", String.join(" ", scopes)).issuedAt(now).expiresAt(now.plusSeconds(600))
                    .jws().keyId(keys.current().keyId()).sign(keys.current().privateKey());
        }
    }
}
