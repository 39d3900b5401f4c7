package org.tandem.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.JoiningFixtures;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Concurrent agreements, transitions and check-ins: the database keeps exactly one of each. */
@QuarkusTest
class GoalConcurrencyTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void twoConcurrentAgreementsRecordExactlyOneTransition() throws Exception {
        for (boolean withIfMatch : new boolean[] {false, true}) {
            String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
            String etag = Goals.etag(d.teacherA(), id);
            String otherParent = Goals.guardian(d, d.studentA, true, true);
            List<String> tokens = List.of(d.guardianA(), otherParent);
            List<Integer> statuses = race(2, i -> {
                RequestSpecification spec = Api.responseValidated(tokens.get(i)).contentType("application/json")
                        .body(Map.of("to", "active"));
                return withIfMatch ? spec.header("If-Match", etag) : spec;
            }, "/api/v1/goals/" + id + "/transitions");

            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one agreement wins: " + statuses);
            assertTrue(statuses.contains(withIfMatch ? 412 : 409), "the other is refused: " + statuses);
            assertEquals(1, transitions(id, "active"));
        }
    }

    @Test
    void achievingAndDiscontinuingAtOnceLeaveOneOutcome() throws Exception {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        List<String> tokens = List.of(d.teacherA(), d.guardianA());
        List<Map<String, Object>> bodies = List.of(Map.of("to", "achieved"), Map.of("to", "discontinued", "reason", "Moving"));
        List<Integer> statuses = race(2, i -> Api.responseValidated(tokens.get(i)).contentType("application/json")
                .body(bodies.get(i)), "/api/v1/goals/" + id + "/transitions");

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.contains(409), statuses.toString());
        assertEquals(1, transitions(id, "achieved") + transitions(id, "discontinued"));
    }

    @Test
    void twentyConcurrentCheckInsWithOneIdempotencyKeyMakeOne() throws Exception {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = race(20, i -> Api.responseValidated(d.guardianA()).contentType("application/json")
                .header("Idempotency-Key", key).body(Map.of("value", 64, "note", "Read 64 wpm tonight")),
                "/api/v1/goals/" + id + "/check-ins");

        assertTrue(statuses.contains(201), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "replays or in flight: " + statuses);
        assertEquals(1, JoiningFixtures.count(d,
                "SELECT count(*) FROM goal_check_in WHERE tenant_id = :tenant AND goal_id = CAST(:p1 AS uuid)", id));
        // Once the first has finished, a retry with the key replays it.
        Api.responseValidated(d.guardianA()).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("value", 64, "note", "Read 64 wpm tonight")).post("/api/v1/goals/" + id + "/check-ins")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, JoiningFixtures.count(d,
                "SELECT count(*) FROM goal_check_in WHERE tenant_id = :tenant AND goal_id = CAST(:p1 AS uuid)", id));
    }

    @Test
    void aCheckInRacingADiscontinuationNeverLandsOnTheClosedGoal() throws Exception {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        List<Integer> statuses = race(2, i -> i == 0
                ? Api.responseValidated(d.teacherA()).contentType("application/json")
                        .body(Map.of("to", "discontinued", "reason", "New plan"))
                : Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("value", 70)),
                i -> i == 0 ? "/api/v1/goals/" + id + "/transitions" : "/api/v1/goals/" + id + "/check-ins");
        assertEquals(200, statuses.get(0));
        long after = JoiningFixtures.count(d, """
                SELECT count(*) FROM goal_check_in c JOIN goal_transition t
                  ON t.tenant_id = c.tenant_id AND t.goal_id = c.goal_id AND t.to_status = 'discontinued'
                WHERE c.tenant_id = :tenant AND c.goal_id = CAST(:p1 AS uuid) AND c.created_at > t.created_at""", id);
        assertEquals(0, after, "no check-in written after the goal closed: " + statuses);
        assertTrue(statuses.get(1) == 201 || statuses.get(1) == 409, statuses.toString());
    }

    private long transitions(String goalId, String to) {
        return JoiningFixtures.count(d, "SELECT count(*) FROM goal_transition WHERE tenant_id = :tenant"
                + " AND goal_id = CAST(:p1 AS uuid) AND to_status = :p2", goalId, to);
    }

    private static List<Integer> race(int n, Function<Integer, RequestSpecification> request, String path) throws Exception {
        return race(n, request, i -> path);
    }

    /** Fires the requests together, all released by one latch, and returns their statuses in order. */
    private static List<Integer> race(int n, Function<Integer, RequestSpecification> request,
                                      Function<Integer, String> path) throws Exception {
        List<RequestSpecification> prepared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            prepared.add(request.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RequestSpecification spec = prepared.get(i);
                String target = path.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return spec.post(target).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
