package org.tandem.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.events.ConferenceFixtures.draft;
import static org.tandem.events.ConferenceFixtures.nextWeek;
import static org.tandem.events.ConferenceFixtures.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** The database's constraints hold the booking guarantees under concurrent requests. */
@QuarkusTest
class ConferenceConcurrencyTest {

    @Test
    void fiftyConcurrentBookingsOfOneSlotBookItExactlyOnce() {
        TestDistrict d = TestDistrict.create();
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0));
        String slot = c.getString("slots[0].id");
        List<EventFixtures.Family> crowd = EventFixtures.families(d, d.classA, 50);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (EventFixtures.Family f : crowd) {
            calls.add(() -> Api.raw(f.token()).contentType("application/json")
                    .body(Map.of("slotId", slot, "studentId", f.studentId().toString()))
                    .post("/api/v1/conferences/" + c.getString("id") + "/bookings").statusCode());
        }
        List<Integer> statuses = EventFixtures.atOnce(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonPath after = Api.validated(d.teacherA()).get("/api/v1/conferences/" + c.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, after.getList("slots.findAll { it.booking != null }").size());
    }

    @Test
    void oneGuardianBookingOverlappingSlotsWithTwoTeachersAtOnceGetsExactlyOne() {
        TestDistrict d = TestDistrict.create();
        ConferenceFixtures.link(d, d.guardianAId, d.studentB);
        JsonPath a = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0));
        JsonPath b = publish(d.teacherB(), draft(d.classB, List.of(nextWeek()), "15:10", "16:00", 30, 0));
        for (int round = 0; round < 5; round++) {
            List<Callable<Integer>> calls = List.of(
                    () -> Api.raw(d.guardianA()).contentType("application/json")
                            .body(Map.of("slotId", a.getString("slots[0].id"), "studentId", d.studentA.toString()))
                            .post("/api/v1/conferences/" + a.getString("id") + "/bookings").statusCode(),
                    () -> Api.raw(d.guardianA()).contentType("application/json")
                            .body(Map.of("slotId", b.getString("slots[0].id"), "studentId", d.studentB.toString()))
                            .post("/api/v1/conferences/" + b.getString("id") + "/bookings").statusCode());
            List<Integer> statuses = EventFixtures.atOnce(calls);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            // Release whichever won, for the next round.
            Api.validated(d.guardianA()).get("/api/v1/me/conference-bookings").then().extract().jsonPath()
                    .getList("bookings.id", String.class)
                    .forEach(id -> Api.validated(d.guardianA()).delete("/api/v1/conference-bookings/" + id)
                            .then().statusCode(204));
        }
    }
}
