package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Every events endpoint × each role × own / other family × no-contact × a link without the RSVP
 * permission × another district: 404 outside scope, 403 for a role without the function.
 */
@QuarkusTest
class EventAuthorizationTest {

    private TestDistrict d;
    private TestDistrict other;
    private String event;
    private Map<String, String> callers;

    @BeforeEach
    void setUp() {
        d = TestDistrict.create();
        other = TestDistrict.create();
        event = EventFixtures.classAEvent(d, 10);
        String noPermission = EventFixtures.coGuardian(d, d.studentA, false,
                new Guardianship.Permissions(true, true, false, true)).token();
        callers = new LinkedHashMap<>();
        callers.put("teacherA", d.teacherA());
        callers.put("teacherB", d.teacherB());
        callers.put("schoolAdmin", d.schoolAdmin());
        callers.put("districtAdmin", d.districtAdmin());
        callers.put("guardianA", d.guardianA());
        callers.put("guardianB", d.guardianB());
        callers.put("noContact", d.noContactGuardian());
        callers.put("noRsvpPermission", noPermission);
        callers.put("otherDistrictAdmin", other.districtAdmin());
        callers.put("otherGuardian", other.guardianA());
    }

    @Test
    void readingAnEventAndItsCalendar() {
        Map<String, Integer> expected = expect(200, 200, 200, 200, 200, 404, 404, 404, 404, 404);
        check(expected, t -> Api.responseValidated(t).get("/api/v1/events/" + event).statusCode());
        check(expected, t -> Api.responseValidated(t).get("/api/v1/events/" + event + "/calendar.ics").statusCode());
        for (String outside : new String[] {"guardianB", "noContact", "noRsvpPermission", "otherGuardian"}) {
            Api.validated(callers.get(outside)).get("/api/v1/events").then().statusCode(200)
                    .body("items.id", not(hasItem(event)));
        }
        Api.validated(d.guardianA()).get("/api/v1/events").then().statusCode(200).body("items.id", hasItem(event));
    }

    @Test
    void changingAndCancellingAnEvent() {
        String day = LocalDate.now().plusMonths(1).toString();
        Map<String, Object> fields = EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", 10);
        check(expect(200, 403, 200, 200, 403, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/json").header("If-Match", "*").body(fields)
                .put("/api/v1/events/" + event).statusCode());
        check(expect(200, 403, 200, 200, 403, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/merge-patch+json").header("If-Match", "*").body(Map.of("place", "Gym"))
                .patch("/api/v1/events/" + event).statusCode());
        check(expect(null, 403, null, null, 403, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/events/" + event + "/cancellation").statusCode());
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "Rain"))
                .post("/api/v1/events/" + event + "/cancellation").then().statusCode(200);
    }

    @Test
    void answeringAndReadingRsvps() {
        check(expect(403, 403, 403, 403, 200, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/json").body(Map.of("answer", "yes"))
                .put("/api/v1/events/" + event + "/rsvp").statusCode());
        check(expect(403, 403, 403, 403, 200, 404, 404, 404, 404, 404),
                t -> Api.responseValidated(t).get("/api/v1/events/" + event + "/rsvp").statusCode());
        Map<String, Integer> organizers = expect(200, 403, 200, 200, 403, 404, 404, 404, 404, 404);
        check(organizers, t -> Api.responseValidated(t).get("/api/v1/events/" + event + "/rsvps").statusCode());
        check(organizers, t -> Api.responseValidated(t).get("/api/v1/events/" + event + "/rsvps.csv").statusCode());
    }

    @Test
    void creatingEvents() {
        String day = LocalDate.now().plusMonths(1).toString();
        Map<String, Object> body = EventFixtures.classEvent(d.classA,
                EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", null));
        check(expect(201, 404, 201, 201, 403, 403, 403, 403, 404, 404),
                t -> Api.responseValidated(t).contentType("application/json").body(body).post("/api/v1/events").statusCode());
        Map<String, Object> families = Map.of("audience", "families", "schoolId", d.schoolId,
                "studentIds", java.util.List.of(d.studentB),
                "event", EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", null));
        Api.responseValidated(d.teacherA()).contentType("application/json").body(families).post("/api/v1/events")
                .then().statusCode(404);
        String chosen = Api.validated(d.teacherB()).contentType("application/json").body(families).post("/api/v1/events")
                .then().statusCode(201).body("studentIds[0]", equalTo(d.studentB.toString())).extract().path("id");
        Api.validated(d.guardianB()).get("/api/v1/events/" + chosen).then().statusCode(200)
                .body("studentIds", org.hamcrest.Matchers.nullValue());
        Api.responseValidated(d.guardianA()).get("/api/v1/events/" + chosen).then().statusCode(404);
    }

    /** Expected statuses in the order of {@link #callers}; null skips a caller. */
    private Map<String, Integer> expect(Integer... statuses) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int i = 0;
        for (String name : callers.keySet()) {
            expected.put(name, statuses[i++]);
        }
        return expected;
    }

    private void check(Map<String, Integer> expected, Function<String, Integer> call) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.forEach((name, status) -> actual.put(name, status == null ? null : call.apply(callers.get(name))));
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
