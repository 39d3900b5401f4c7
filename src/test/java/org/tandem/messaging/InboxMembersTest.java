package org.tandem.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.Student;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * An inbox row names a class group's first six members and says how many there are; the thread's view
 * names all. The inbox reads them from {@code thread_member_preview} (V270), which a trigger keeps in
 * step with every change of membership, whoever writes it.
 */
@QuarkusTest
class InboxMembersTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLargeGroupIsNamedInPartInTheInboxAndWhollyInItsView() {
        TestDistrict d = TestDistrict.create();
        // Seven more families in Room A, joined after Teacher A and Parent A: nine members in all.
        List<String> families = new ArrayList<>();
        d.inTenant(em -> {
            for (int i = 1; i <= 7; i++) {
                Student student = new Student(d.schoolId, "Kid" + i, "Family" + i, "3", null);
                em.persist(student);
                em.persist(new Enrollment(student.id(), d.classA, null));
                Account account = new Account("family" + i + "@members.test", "Family " + i, null);
                em.persist(account);
                Guardian guardian = new Guardian("Parent", "Family" + i, "family" + i + "@members.test", null, "en", null);
                guardian.linkAccount(account.id());
                em.persist(guardian);
                em.persist(new Guardianship(student.id(), guardian.id(), Relationship.MOTHER, true,
                        Guardianship.Permissions.ALL, false, null));
                families.add("Family " + i);
            }
        });
        String thread = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Room A families", "classId", d.classA.toString(),
                        "message", Map.of("body", "Welcome to Room A")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");

        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(thread, inbox.getString("items[0].id"));
        assertEquals(9, inbox.getInt("items[0].memberCount"));
        List<String> named = inbox.getList("items[0].members.name");
        assertEquals(6, named.size(), named::toString);
        assertEquals("Teacher A", named.get(0), "staff first");
        assertEquals(List.of("staff", "guardian", "guardian", "guardian", "guardian", "guardian"),
                inbox.getList("items[0].members.role"));

        JsonPath view = Api.validated(d.guardianA()).get("/api/v1/threads/" + thread).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(9, view.getInt("memberCount"));
        List<String> expected = new ArrayList<>(List.of("Teacher A"));
        List<String> guardians = new ArrayList<>(families);
        guardians.add("Parent A");
        guardians.sort(null);
        expected.addAll(guardians);
        assertEquals(expected, view.getList("members.name"), "every member, staff first then by name");
    }

    @Test
    void anAnnouncementNamesOnlyItsAuthorAndCountsOne() {
        TestDistrict d = TestDistrict.create();
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", "Field trip", "audience", Map.of("type", "class", "classId", d.classA.toString()),
                        "message", Map.of("body", "Bring a packed lunch")))
                .post("/api/v1/threads").then().statusCode(201);
        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Teacher A"), inbox.getList("items[0].members.name"));
        assertEquals(1, inbox.getInt("items[0].memberCount"));
    }

    @Test
    void theInboxFollowsDeparturesReturnsAndRenamesAtOnce() {
        TestDistrict d = TestDistrict.create();
        String thread = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Room A", "classId", d.classA.toString(),
                        "message", Map.of("body", "Hello Room A")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        assertEquals(List.of("Teacher A", "Parent A"), inboxMembers(d));

        // Written by plain SQL, as erasure does: the preview follows any writer.
        d.inTenant(em -> em.createNativeQuery("UPDATE thread_participant SET active = false WHERE thread_id = ?1 AND account_id = ?2")
                .setParameter(1, UUID.fromString(thread)).setParameter(2, d.teacherAAccount).executeUpdate());
        JsonPath left = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Parent A"), left.getList("items[0].members.name"));
        assertEquals(1, left.getInt("items[0].memberCount"));

        d.inTenant(em -> em.createNativeQuery("UPDATE thread_participant SET active = true WHERE thread_id = ?1")
                .setParameter(1, UUID.fromString(thread)).executeUpdate());
        d.inTenant(em -> em.createNativeQuery("UPDATE account SET display_name = 'Ms. Alvarez' WHERE id = ?1")
                .setParameter(1, d.teacherAAccount).executeUpdate());
        assertEquals(List.of("Ms. Alvarez", "Parent A"), inboxMembers(d), "back, and named by the name they have now");
        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals("Ms. Alvarez", inbox.getString("items[0].lastMessage.authorName"));
        assertEquals(2, inbox.getInt("items[0].memberCount"));
    }

    /**
     * Two transactions add a member to the same thread at once: the recount runs at commit (here the
     * first one's is brought forward with SET CONSTRAINTS, so that it holds the thread's preview row),
     * the second's waits for the first to commit and recounts after it, so neither addition is lost.
     */
    @Test
    void concurrentJoinsAreBothCounted() throws Exception {
        TestDistrict d = TestDistrict.create();
        String thread = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Room A", "classId", d.classA.toString(),
                        "message", Map.of("body", "Hello Room A")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        UUID threadId = UUID.fromString(thread);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            join(first, d, threadId, d.teacherBAccount);
            try (PreparedStatement now = first.prepareStatement("SET CONSTRAINTS ALL IMMEDIATE")) {
                now.execute();
            }
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    join(second, d, threadId, d.schoolAdminAccount);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertEquals(false, waiting.isDone(), "the second commit waits for the first transaction's count");
            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT s.member_count, (SELECT count(*) FROM thread_participant p"
                     + " WHERE p.thread_id = s.thread_id AND p.active) FROM thread_member_preview s WHERE s.thread_id = ?")) {
            st.setObject(1, threadId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(4, rs.getInt(2));
                assertEquals(4, rs.getInt(1), "both joins counted");
            }
        }
        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(4, inbox.getInt("items[0].memberCount"));
    }

    private static void join(Connection c, TestDistrict d, UUID thread, UUID account) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO thread_participant (tenant_id, thread_id, account_id, role,"
                + " source) VALUES (?, ?, ?, 'staff', 'explicit')")) {
            st.setString(1, d.tenantId.toString());
            st.setObject(2, thread);
            st.setObject(3, account);
            st.executeUpdate();
        }
    }

    private static List<String> inboxMembers(TestDistrict d) {
        return Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath()
                .getList("items[0].members.name");
    }
}
