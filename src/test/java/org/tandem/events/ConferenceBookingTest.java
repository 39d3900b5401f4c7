package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.events.ConferenceFixtures.book;
import static org.tandem.events.ConferenceFixtures.draft;
import static org.tandem.events.ConferenceFixtures.nextWeek;
import static org.tandem.events.ConferenceFixtures.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ConferenceBookingTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void slotsAreGeneratedWithBreaksAndAHouseholdBooksOneSlotPerStudent() {
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 15, 5));
        // 15:00, 15:20, 15:40 (15:40–15:55); 16:00 would end after the window.
        assertEquals(3, c.getList("slots").size());
        assertEquals(nextWeek() + "T15:20", c.getString("slots[1].startsAt"));
        String conference = c.getString("id");
        book(d.guardianA(), conference, c.getString("slots[0].id"), d.studentA).then().statusCode(201)
                .body("studentId", equalTo(d.studentA.toString())).body("startsAt", equalTo(nextWeek() + "T15:00"));
        book(d.guardianA(), conference, c.getString("slots[1].id"), d.studentA).then().statusCode(409)
                .body("code", equalTo("already_booked"));
        EventFixtures.Family sameHome = EventFixtures.coGuardian(d, d.studentA, false, Guardianship.Permissions.ALL);
        book(sameHome.token(), conference, c.getString("slots[1].id"), d.studentA).then().statusCode(409)
                .body("code", equalTo("already_booked"));
        EventFixtures.Family otherHome = EventFixtures.coGuardian(d, d.studentA, true, Guardianship.Permissions.ALL);
        book(otherHome.token(), conference, c.getString("slots[0].id"), d.studentA).then().statusCode(409)
                .body("code", equalTo("slot_taken"));
        book(otherHome.token(), conference, c.getString("slots[2].id"), d.studentA).then().statusCode(201);

        Api.validated(sameHome.token()).get("/api/v1/me/conference-bookings").then().statusCode(200)
                .body("bookings", hasSize(1)).body("bookings[0].slotId", equalTo(c.getString("slots[0].id")));
        JsonPath asFamily = Api.validated(d.guardianA()).get("/api/v1/conferences/" + conference).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(false, asFamily.getBoolean("slots[2].available"));
        org.junit.jupiter.api.Assertions.assertNull(asFamily.get("slots[2].booking"));
        JsonPath asTeacher = Api.validated(d.teacherA()).get("/api/v1/conferences/" + conference).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(d.studentA.toString(), asTeacher.getString("slots[2].booking.studentId"));
    }

    @Test
    void blockedAndPastSlotsCannotBeBookedAndABookedSlotCannotBeBlocked() {
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0));
        String conference = c.getString("id");
        String slot0 = c.getString("slots[0].id");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("blocked", true))
                .put("/api/v1/conferences/" + conference + "/slots/" + slot0 + "/block").then().statusCode(200)
                .body("blocked", equalTo(true)).body("available", equalTo(false));
        book(d.guardianA(), conference, slot0, d.studentA).then().statusCode(409).body("code", equalTo("slot_blocked"));
        String slot1 = c.getString("slots[1].id");
        book(d.guardianA(), conference, slot1, d.studentA).then().statusCode(201);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("blocked", true))
                .put("/api/v1/conferences/" + conference + "/slots/" + slot1 + "/block").then().statusCode(409);

        JsonPath past = publish(d.teacherA(), draft(d.classA, List.of(LocalDate.now().minusDays(2)), "15:00", "16:00", 30, 0));
        book(d.guardianA(), past.getString("id"), past.getString("slots[0].id"), d.studentA).then().statusCode(409)
                .body("code", equalTo("slot_past"));
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(draft(d.classA, List.of(nextWeek()), "16:00", "15:00", 30, 0)).post("/api/v1/conferences")
                .then().statusCode(422);
        Map<String, Object> zone = draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0);
        zone.put("timeZone", "Moon/Tranquility");
        Api.responseValidated(d.teacherA()).contentType("application/json").body(zone).post("/api/v1/conferences")
                .then().statusCode(422);
    }

    @Test
    void rescheduleIsAtomicAndCancelReleasesTheSlot() {
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:30", 30, 0));
        String conference = c.getString("id");
        List<EventFixtures.Family> other = EventFixtures.families(d, d.classA, 1);
        String booking = book(d.guardianA(), conference, c.getString("slots[0].id"), d.studentA).then().statusCode(201)
                .extract().path("id");
        String others = book(other.get(0).token(), conference, c.getString("slots[1].id"), other.get(0).studentId()).then()
                .statusCode(201).extract().path("id");
        // The new slot is taken: nothing changes, the old booking stays.
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("slotId", c.getString("slots[1].id")))
                .post("/api/v1/conference-bookings/" + booking + "/reschedule").then().statusCode(409)
                .body("code", equalTo("slot_taken"));
        Api.validated(d.guardianA()).get("/api/v1/me/conference-bookings").then()
                .body("bookings[0].id", equalTo(booking));
        String moved = Api.validated(d.guardianA()).contentType("application/json").body(Map.of("slotId", c.getString("slots[2].id")))
                .post("/api/v1/conference-bookings/" + booking + "/reschedule").then().statusCode(200)
                .body("slotId", equalTo(c.getString("slots[2].id"))).extract().path("id");
        book(other.get(0).token(), conference, c.getString("slots[0].id"), other.get(0).studentId()).then().statusCode(409)
                .body("code", equalTo("already_booked"));
        Api.validated(d.guardianA()).delete("/api/v1/conference-bookings/" + moved).then().statusCode(204);
        // The household sees what was cancelled; a teacher's cancellation shows in the other family's changes.
        Api.validated(d.guardianA()).get("/api/v1/me/conference-bookings").then().body("bookings", hasSize(0))
                .body("changes", hasSize(1)).body("changes[0].kind", equalTo("cancelled"))
                .body("changes[0].bookingId", equalTo(moved))
                .body("changes[0].fromStartsAt", equalTo(c.getString("slots[2].startsAtInstant")));
        book(d.guardianA(), conference, c.getString("slots[2].id"), d.studentA).then().statusCode(201);
        Api.validated(d.teacherA()).delete("/api/v1/conference-bookings/" + others).then().statusCode(204);
        Api.validated(other.get(0).token()).get("/api/v1/me/conference-bookings").then().body("bookings", hasSize(0))
                .body("changes[0].kind", equalTo("cancelled")).body("changes[0].bookingId", equalTo(others));
    }

    @Test
    void aSnowDayMovesEveryBookingWithItsSlotAndFamiliesSeeWhatMoved() {
        LocalDate day = nextWeek();
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(day), "15:00", "16:00", 30, 0));
        String conference = c.getString("id");
        book(d.guardianA(), conference, c.getString("slots[1].id"), d.studentA).then().statusCode(201);
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("from", day.toString(), "to", day.plusDays(2).toString()))
                .post("/api/v1/conferences/" + conference + "/day-moves").then().statusCode(200)
                .body("slotsMoved", equalTo(2)).body("bookingsMoved", equalTo(1));
        Api.validated(d.guardianA()).get("/api/v1/me/conference-bookings").then().statusCode(200)
                .body("bookings[0].startsAt", equalTo(day.plusDays(2) + "T15:30")).body("bookings[0].sequence", equalTo(1))
                .body("changes", hasSize(1)).body("changes[0].kind", equalTo("moved"));
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("from", day.plusDays(2).toString(), "to", day.toString()))
                .post("/api/v1/conferences/" + conference + "/day-moves").then().statusCode(403);
    }

    @Test
    void aGuardianSeesAllTheirChildrensTeachersFreeSlotsSideBySide() {
        ConferenceFixtures.link(d, d.guardianAId, d.studentB);
        JsonPath a = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0));
        publish(d.teacherB(), draft(d.classB, List.of(nextWeek()), "15:00", "16:00", 20, 0));
        book(d.guardianA(), a.getString("id"), a.getString("slots[0].id"), d.studentA).then().statusCode(201);
        JsonPath side = Api.validated(d.guardianA()).get("/api/v1/me/conference-slots").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, side.getList("children").size());
        for (int i = 0; i < 2; i++) {
            String student = side.getString("children[" + i + "].studentId");
            int free = side.getList("children[" + i + "].conferences[0].slots").size();
            assertEquals(student.equals(d.studentA.toString()) ? 1 : 3, free);
        }
        Api.validated(d.guardianB()).get("/api/v1/me/conference-slots").then().statusCode(200)
                .body("children", hasSize(1));
    }

    @Test
    void aRetriedBookingWithItsIdempotencyKeyIsAnsweredOnceAndBooksOnce() {
        JsonPath c = publish(d.teacherA(), draft(d.classA, List.of(nextWeek()), "15:00", "16:00", 30, 0));
        Map<String, String> body = Map.of("slotId", c.getString("slots[0].id"), "studentId", d.studentA.toString());
        String first = Api.validated(d.guardianA()).header("Idempotency-Key", "book-1").contentType("application/json")
                .body(body).post("/api/v1/conferences/" + c.getString("id") + "/bookings").then().statusCode(201)
                .extract().path("id");
        Api.validated(d.guardianA()).header("Idempotency-Key", "book-1").contentType("application/json")
                .body(body).post("/api/v1/conferences/" + c.getString("id") + "/bookings").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.validated(d.guardianA()).get("/api/v1/me/conference-bookings").then().body("bookings", hasSize(1));
    }
}
