package org.tandem.events;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tandem.access.Roles;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Household;
import org.tandem.directory.Relationship;
import org.tandem.directory.Student;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Events and conferences for tests: requests, extra families, and many requests at once. */
public final class EventFixtures {

    /** A family added to a test district: the student, the guardian and their token. */
    public record Family(UUID studentId, UUID guardianId, UUID accountId, String token) {
    }

    private EventFixtures() {
    }

    public static Map<String, Object> fields(String start, String end, String zone, Integer capacity) {
        Map<String, Object> f = new HashMap<>();
        f.put("title", "Spring concert");
        f.put("kind", "performance");
        f.put("startsAt", start);
        f.put("endsAt", end);
        f.put("timeZone", zone);
        f.put("place", "Gym");
        if (capacity != null) {
            f.put("capacity", capacity);
        }
        return f;
    }

    public static Map<String, Object> classEvent(UUID classId, Map<String, Object> fields) {
        return Map.of("audience", "class", "classId", classId, "event", fields);
    }

    /** A class event next month for class A with the given capacity; answers its id. */
    public static String classAEvent(TestDistrict d, Integer capacity) {
        String day = LocalDate.now().plusMonths(1).toString();
        return create(d.teacherA(), classEvent(d.classA, fields(day + "T18:00", day + "T20:00", "America/Chicago", capacity)))
                .then().statusCode(201).extract().path("id");
    }

    public static Response create(String token, Object body) {
        return Api.validated(token).contentType("application/json").body(body).post("/api/v1/events");
    }

    public static Response rsvp(String token, String eventId, String answer, int adults, int children) {
        return Api.validated(token).contentType("application/json")
                .body(Map.of("answer", answer, "adultGuests", adults, "childGuests", children))
                .put("/api/v1/events/" + eventId + "/rsvp");
    }

    /** Adds n families (a student in the class, one guardian with an account) to the district. */
    public static List<Family> families(TestDistrict d, UUID classId, int n) {
        return d.inTenantReturning(em -> {
            List<Family> added = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Student student = new Student(d.schoolId, "Kid" + i, "Crowd", "3", null);
                em.persist(student);
                em.persist(new Enrollment(student.id(), classId, null));
                Account account = new Account("crowd" + i + "-" + UUID.randomUUID() + "@family.test", "Crowd Parent " + i, null);
                em.persist(account);
                Guardian guardian = new Guardian("Parent" + i, "Crowd", null, null, "en", null);
                guardian.linkAccount(account.id());
                em.persist(guardian);
                em.persist(new Guardianship(student.id(), guardian.id(), Relationship.MOTHER, true,
                        Guardianship.Permissions.ALL, false, null));
                added.add(new Family(student.id(), guardian.id(), account.id(),
                        TestTokens.forTenant(d.tenantId.toString(), account.id().toString(), Roles.GUARDIAN)));
            }
            return added;
        });
    }

    /** A second guardian of the student, with an account, in the default (shared) household unless told otherwise. */
    public static Family coGuardian(TestDistrict d, UUID studentId, boolean ownHousehold, Guardianship.Permissions permissions) {
        return d.inTenantReturning(em -> {
            Account account = new Account("co-" + UUID.randomUUID() + "@family.test", "Co Parent", null);
            em.persist(account);
            Guardian guardian = new Guardian("Co", "Parent", null, null, "en", null);
            guardian.linkAccount(account.id());
            if (ownHousehold) {
                Household home = new Household();
                em.persist(home);
                guardian.liveIn(home.id());
            }
            em.persist(guardian);
            em.persist(new Guardianship(studentId, guardian.id(), Relationship.FATHER, true, permissions, false, null));
            return new Family(studentId, guardian.id(), account.id(),
                    TestTokens.forTenant(d.tenantId.toString(), account.id().toString(), Roles.GUARDIAN));
        });
    }

    /** Runs the calls at once (as far as the pool allows) and answers their results in submission order. */
    public static <T> List<T> atOnce(List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 24));
        try {
            List<Future<T>> futures = pool.invokeAll(calls);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
