package org.tandem.events;

import static org.tandem.events.ConferenceFixtures.draft;
import static org.tandem.events.ConferenceFixtures.nextWeek;
import static org.tandem.events.ConferenceFixtures.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Every conference endpoint × each role × own / other family × no-contact × no booking permission × another district. */
@QuarkusTest
class ConferenceAuthorizationTest {

    private TestDistrict d;
    private JsonPath conference;
    private String id;
    private Map<String, String> callers;
    private EventFixtures.Family sameHome;
    private EventFixtures.Family otherHome;

    @BeforeEach
    void setUp() {
        d = TestDistrict.create();
        TestDistrict other = TestDistrict.create();
        conference = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "17:00", 10, 0));
        id = conference.getString("id");
        sameHome = EventFixtures.coGuardian(d, d.studentA, false, Guardianship.Permissions.ALL);
        otherHome = EventFixtures.coGuardian(d, d.studentA, true, Guardianship.Permissions.ALL);
        callers = new LinkedHashMap<>();
        callers.put("teacherA", d.teacherA());
        callers.put("teacherB", d.teacherB());
        callers.put("schoolAdmin", d.schoolAdmin());
        callers.put("districtAdmin", d.districtAdmin());
        callers.put("guardianA", d.guardianA());
        callers.put("guardianB", d.guardianB());
        callers.put("noContact", d.noContactGuardian());
        callers.put("noBookingPermission", EventFixtures.coGuardian(d, d.studentA, true,
                new Guardianship.Permissions(true, true, false, true)).token());
        callers.put("otherDistrictAdmin", other.districtAdmin());
        callers.put("otherGuardian", other.guardianA());
    }

    @Test
    void readingBookingAndRunningAConference() {
        check(expect(200, 200, 200, 200, 200, 404, 404, 404, 404, 404),
                t -> Api.responseValidated(t).get("/api/v1/conferences/" + id).statusCode());
        int[] slot = {0};
        check(expect(403, 403, 403, 403, 201, 404, 404, 404, 404, 404), t -> ConferenceFixtures.book(t, id,
                conference.getString("slots[" + slot[0]++ + "].id"), d.studentA).statusCode());
        // A guardian books only for their own child.
        ConferenceFixtures.book(d.guardianB(), id, conference.getString("slots[11].id"), d.studentA).then().statusCode(404);
        ConferenceFixtures.book(d.guardianA(), id, conference.getString("slots[11].id"), d.studentB).then().statusCode(404);
        String free = conference.getString("slots[11].id");
        check(expect(200, 403, 200, 200, 403, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/json").body(Map.of("blocked", false))
                .put("/api/v1/conferences/" + id + "/slots/" + free + "/block").statusCode());
        check(expect(null, 403, null, null, 403, 404, 404, 404, 404, 404), t -> Api.responseValidated(t)
                .contentType("application/json").body(Map.of("from", nextWeek().toString(), "to", nextWeek().plusDays(1).toString()))
                .post("/api/v1/conferences/" + id + "/day-moves").statusCode());
        check(expect(403, 403, 403, 403, 200, 200, 200, 200, 403, 200),
                t -> Api.responseValidated(t).get("/api/v1/me/conference-bookings").statusCode());
    }

    @Test
    void reschedulingAndCancellingABooking() {
        String booking = ConferenceFixtures.book(d.guardianA(), id, conference.getString("slots[0].id"), d.studentA)
                .then().statusCode(201).extract().path("id");
        Map<String, Integer> outsiders = new LinkedHashMap<>();
        for (String name : List.of("teacherB", "guardianB", "noContact", "otherDistrictAdmin", "otherGuardian")) {
            outsiders.put(name, 404);
        }
        check(outsiders, t -> Api.responseValidated(t).delete("/api/v1/conference-bookings/" + booking).statusCode());
        check(outsiders, t -> Api.responseValidated(t).contentType("application/json")
                .body(Map.of("slotId", conference.getString("slots[1].id")))
                .post("/api/v1/conference-bookings/" + booking + "/reschedule").statusCode());
        Api.responseValidated(otherHome.token()).delete("/api/v1/conference-bookings/" + booking).then().statusCode(404);
        String moved = Api.validated(sameHome.token()).contentType("application/json")
                .body(Map.of("slotId", conference.getString("slots[1].id")))
                .post("/api/v1/conference-bookings/" + booking + "/reschedule").then().statusCode(200).extract().path("id");
        Api.validated(d.teacherA()).delete("/api/v1/conference-bookings/" + moved).then().statusCode(204);
    }

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
