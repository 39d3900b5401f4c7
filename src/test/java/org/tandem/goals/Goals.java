package org.tandem.goals;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.Staff;
import org.tandem.directory.TeachingAssignment;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Requests and fixtures of the goals tests. */
final class Goals {

    /** Relative to the school's day (TestDistrict.today()), not UTC's: a check-in dated after it is refused. */
    static final LocalDate START = TestDistrict.today().minusDays(60);
    static final LocalDate TARGET = TestDistrict.today().plusDays(60);

    private Goals() {
    }

    /** A reading goal with a measurable target, 52 → 90 words per minute. */
    static Map<String, Object> readingGoal() {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", "Read more fluently");
        goal.put("description", "Read aloud every evening");
        goal.put("category", "academic");
        goal.put("startDate", START.toString());
        goal.put("targetDate", TARGET.toString());
        goal.put("homeSupport", "Reading together 20 minutes a night");
        goal.put("schoolSupport", "Guided reading group");
        goal.put("target", new HashMap<>(Map.of("baseline", 52, "target", 90, "unit", "words per minute",
                "direction", "higher")));
        return goal;
    }

    static Map<String, Object> milestoneGoal() {
        Map<String, Object> goal = readingGoal();
        goal.remove("target");
        goal.put("title", "Pack the school bag alone");
        goal.put("category", "social_emotional");
        goal.put("milestones", List.of("With a checklist", "Without reminders", "A whole week"));
        return goal;
    }

    static Map<String, Object> with(Map<String, Object> goal, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(goal);
        copy.put(key, value);
        return copy;
    }

    static Response propose(String token, UUID studentId, Map<String, Object> goal) {
        return Api.responseValidated(token).contentType("application/json").body(goal)
                .post("/api/v1/students/" + studentId + "/goals");
    }

    /** Proposes and returns the new goal's id (the request must succeed). */
    static String proposed(String token, UUID studentId, Map<String, Object> goal) {
        return Api.validated(token).contentType("application/json").body(goal)
                .post("/api/v1/students/" + studentId + "/goals").then().statusCode(201).extract().path("id");
    }

    static Response get(String token, String goalId) {
        return Api.responseValidated(token).get("/api/v1/goals/" + goalId);
    }

    static String etag(String token, String goalId) {
        return Api.validated(token).get("/api/v1/goals/" + goalId).then().statusCode(200).extract().header("ETag");
    }

    static Response transition(String token, String goalId, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post("/api/v1/goals/" + goalId + "/transitions");
    }

    /** Proposed by the school (teacher A) and agreed by the family (guardian A): an active goal of student A. */
    static String activeGoal(TestDistrict d, Map<String, Object> goal) {
        String id = proposed(d.teacherA(), d.studentA, goal);
        transition(d.guardianA(), id, "active", null).then().statusCode(200);
        return id;
    }

    static Response checkIn(String token, String goalId, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post("/api/v1/goals/" + goalId + "/check-ins");
    }

    static List<String> ids(Response page) {
        return page.then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** Another guardian of a student, with the given link flags; returns their token. */
    static String guardian(TestDistrict d, UUID studentId, boolean educationalRights, boolean goals) {
        UUID account = UUID.randomUUID();
        UUID[] holder = new UUID[1];
        d.inTenant(em -> {
            Account a = new Account("g-" + account + "@family.test", "Another Parent", null);
            em.persist(a);
            Guardian g = new Guardian("Another", "Parent", "g-" + account + "@family.test", null, "en", null);
            g.linkAccount(a.id());
            em.persist(g);
            em.persist(new Guardianship(studentId, g.id(), Relationship.GRANDPARENT, educationalRights,
                    new Guardianship.Permissions(true, true, true, goals), false, null));
            holder[0] = a.id();
        });
        return TestTokens.forTenant(d.tenantId.toString(), holder[0].toString(), Roles.GUARDIAN);
    }

    /** A second teacher of class A (who teaches student A); returns {token, staffId}. */
    static String[] coTeacherOfClassA(TestDistrict d) {
        String[] result = new String[2];
        d.inTenant(em -> {
            Account a = new Account("co-" + UUID.randomUUID() + "@staff.test", "Co Teacher", null);
            em.persist(a);
            Staff s = new Staff(d.schoolId, "Cody", "Teacher", a.email(), Staff.Kind.TEACHER, null);
            s.linkAccount(a.id());
            em.persist(s);
            em.persist(new TeachingAssignment(s.id(), d.classA, TeachingAssignment.Role.CO_TEACHER, null));
            result[0] = TestTokens.forTenant(d.tenantId.toString(), a.id().toString(), Roles.STAFF);
            result[1] = s.id().toString();
        });
        return result;
    }
}
