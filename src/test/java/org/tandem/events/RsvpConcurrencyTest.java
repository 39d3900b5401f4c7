package org.tandem.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Against the real database: the event's row lock makes concurrent answers add up exactly. */
@QuarkusTest
class RsvpConcurrencyTest {

    @Test
    void twoHundredConcurrentAnswersConfirmExactlyCapacityAndWaitlistTheRestInOrderOfArrival() {
        TestDistrict d = TestDistrict.create();
        int capacity = 50;
        String event = EventFixtures.classAEvent(d, capacity);
        List<EventFixtures.Family> crowd = EventFixtures.families(d, d.classA, 200);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (EventFixtures.Family f : crowd) {
            calls.add(() -> answer(f.token(), event, 0));
        }
        EventFixtures.atOnce(calls).forEach(status -> assertEquals(200, status));

        JsonPath summary = Api.validated(d.teacherA()).get("/api/v1/events/" + event + "/rsvps").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(capacity, summary.getInt("confirmedHeads"));
        assertEquals(150, summary.getInt("waitlistedHeads"));
        List<Map<String, Object>> households = summary.getList("households");
        Instant lastConfirmed = households.stream().filter(h -> "confirmed".equals(h.get("status")))
                .map(h -> Instant.parse((String) h.get("respondedAt"))).max(Instant::compareTo).orElseThrow();
        Instant previous = lastConfirmed;
        long position = 0;
        for (Map<String, Object> h : households) {
            if ("waitlisted".equals(h.get("status"))) {
                assertEquals(++position, ((Number) h.get("waitlistPosition")).longValue());
                Instant at = Instant.parse((String) h.get("respondedAt"));
                assertFalse(at.isBefore(previous), "the waitlist is in order of arrival");
                previous = at;
            }
        }
        assertEquals(150, position);
    }

    @Test
    void cancellingWhileOthersAnswerNeverLeavesAFreePlaceAWaitingPartyFits() {
        TestDistrict d = TestDistrict.create();
        int capacity = 10;
        String event = EventFixtures.classAEvent(d, capacity);
        List<EventFixtures.Family> crowd = EventFixtures.families(d, d.classA, 40);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, answer(crowd.get(i).token(), event, 0));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            EventFixtures.Family f = crowd.get(i);
            int party = i % 3;
            calls.add(i < 10 && i % 2 == 0 ? () -> decline(f.token(), event) : () -> answer(f.token(), event, party));
        }
        EventFixtures.atOnce(calls).forEach(status -> assertEquals(200, status));

        JsonPath summary = Api.validated(d.teacherA()).get("/api/v1/events/" + event + "/rsvps").then().statusCode(200)
                .extract().jsonPath();
        int free = capacity - summary.getInt("confirmedHeads");
        assertTrue(free >= 0);
        List<Map<String, Object>> households = summary.getList("households");
        for (Map<String, Object> h : households) {
            if ("waitlisted".equals(h.get("status"))) {
                assertTrue(((Number) h.get("heads")).intValue() > free,
                        "a waiting party of " + h.get("heads") + " fits the " + free + " free places");
            }
        }
    }

    private static int answer(String token, String event, int guests) {
        return Api.raw(token).contentType("application/json")
                .body(Map.of("answer", "yes", "adultGuests", guests, "childGuests", 0))
                .put("/api/v1/events/" + event + "/rsvp").statusCode();
    }

    private static int decline(String token, String event) {
        return Api.raw(token).contentType("application/json").body(Map.of("answer", "no"))
                .put("/api/v1/events/" + event + "/rsvp").statusCode();
    }
}
