package org.tandem.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class CalendarFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void nineInTheMorningInNewYorkStaysNineEitherSideOfADaylightSavingChangeInTheApiAndTheFeed() {
        ZoneOffsetTransition change = NEW_YORK.getRules().nextTransition(Instant.now().plusSeconds(7 * 86400));
        LocalDate dayOf = change.getDateTimeBefore().toLocalDate();
        LocalDate before = dayOf.minusDays(1);
        LocalDate after = dayOf.plusDays(1);
        String first = create(before + "T09:00", before + "T10:00");
        String second = create(after + "T09:00", after + "T10:00");
        Instant firstStart = before.atTime(9, 0).atZone(NEW_YORK).toInstant();
        Instant secondStart = after.atTime(9, 0).atZone(NEW_YORK).toInstant();
        assertNotEquals(firstStart.atZone(NEW_YORK).getOffset(), secondStart.atZone(NEW_YORK).getOffset());
        Api.validated(d.guardianA()).get("/api/v1/events/" + first).then().statusCode(200)
                .body("startsAt", equalTo(before + "T09:00")).body("timeZone", equalTo("America/New_York"))
                .body("startsAtInstant", equalTo(firstStart.toString()));
        Api.validated(d.guardianA()).get("/api/v1/events/" + second).then().statusCode(200)
                .body("startsAt", equalTo(after + "T09:00")).body("startsAtInstant", equalTo(secondStart.toString()));

        JsonPath parsed = IcsParser.parse(feed(rotate(d.guardianA())).then().statusCode(200).extract().asString());
        assertEquals(List.of("America/New_York"), parsed.getList("zones"));
        for (String[] expected : List.of(new String[] {first, before.toString(), firstStart.toString()},
                new String[] {second, after.toString(), secondStart.toString()})) {
            Map<String, Object> event = parsed.getMap("events.find { it.uid == 'event-" + expected[0] + "@tandem' }");
            assertEquals("America/New_York", event.get("tzid"));
            assertEquals(expected[1] + "T09:00:00", event.get("localStart"));
            assertEquals(Instant.parse(expected[2]), Instant.parse((String) event.get("start")));
        }
    }

    @Test
    void theFeedHoldsEventsAndBookingsNeedsNoBearerAndAnswersUnchangedPollsWith304() {
        String event = create(LocalDate.now().plusDays(10) + "T18:00", LocalDate.now().plusDays(10) + "T19:00");
        JsonPath conference = ConferenceFixtures.publish(d.teacherA(), ConferenceFixtures.draft(d.classA,
                List.of(ConferenceFixtures.nextWeek()), "15:00", "16:00", 30, 0));
        String booking = ConferenceFixtures.book(d.guardianA(), conference.getString("id"),
                conference.getString("slots[0].id"), d.studentA).then().statusCode(201).extract().path("id");
        String url = rotate(d.guardianA());

        Response first = feed(url);
        first.then().statusCode(200).contentType(containsString("text/calendar")).header("ETag", notNullValue());
        JsonPath parsed = IcsParser.parse(first.asString());
        assertEquals(0, parsed.getInt("events.find { it.uid == 'event-" + event + "@tandem' }.sequence"));
        assertEquals("CONFIRMED", parsed.getString("events.find { it.uid == 'event-" + event + "@tandem' }.status"));
        assertTrue(parsed.getList("events.uid").contains("conference-" + booking + "@tandem"));
        Api.raw().header("If-None-Match", first.header("ETag")).get(url).then().statusCode(304);

        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "Snow"))
                .post("/api/v1/events/" + event + "/cancellation").then().statusCode(200);
        Response second = Api.raw().header("If-None-Match", first.header("ETag")).get(url);
        second.then().statusCode(200);
        JsonPath after = IcsParser.parse(second.asString());
        assertEquals("CANCELLED", after.getString("events.find { it.uid == 'event-" + event + "@tandem' }.status"));
        assertEquals(1, after.getInt("events.find { it.uid == 'event-" + event + "@tandem' }.sequence"));

        // The teacher's own feed holds the booking too.
        JsonPath teacher = IcsParser.parse(feed(rotate(d.teacherA())).asString());
        assertTrue(teacher.getList("events.uid").contains("conference-" + booking + "@tandem"));
        // A no-contact guardian's feed holds nothing about the student.
        JsonPath barred = IcsParser.parse(feed(rotate(d.noContactGuardian())).asString());
        assertEquals(0, barred.getList("events").size());
    }

    @Test
    void theFeedsVersionMovesWithEveryAnswerAndBookingSoItsRenderedCopyIsNeverStale() {
        String event = EventFixtures.classAEvent(d, 10);
        String url = rotate(d.guardianA());
        Response first = feed(url);
        first.then().statusCode(200);
        Response again = feed(url);
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.asString(), again.asString());

        EventFixtures.rsvp(d.guardianA(), event, "yes", 1, 0).then().statusCode(200);
        Response answered = Api.raw().header("If-None-Match", first.header("ETag")).get(url.substring(url.indexOf("/api/")));
        answered.then().statusCode(200);
        assertTrue(answered.asString().contains("Your household's RSVP: yes (confirmed"), answered.asString());
        Api.raw().header("If-None-Match", answered.header("ETag")).get(url.substring(url.indexOf("/api/"))).then().statusCode(304);

        JsonPath conference = ConferenceFixtures.publish(d.teacherA(), ConferenceFixtures.draft(d.classA,
                List.of(ConferenceFixtures.nextWeek()), "15:00", "16:00", 30, 0));
        String booking = ConferenceFixtures.book(d.guardianA(), conference.getString("id"),
                conference.getString("slots[0].id"), d.studentA).then().statusCode(201).extract().path("id");
        Response booked = feed(url);
        assertTrue(booked.asString().contains("conference-" + booking + "@tandem"));
        Api.validated(d.guardianA()).delete("/api/v1/conference-bookings/" + booking)
                .then().statusCode(204);
        Response cancelled = Api.raw().header("If-None-Match", booked.header("ETag")).get(url.substring(url.indexOf("/api/")));
        cancelled.then().statusCode(200);
        assertFalse(cancelled.asString().contains("conference-" + booking + "@tandem"));
    }

    @Test
    void aRotatedRevokedOrWrongTokenOpensNothing() {
        String old = rotate(d.guardianA());
        feed(old).then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(true))
                .body("url", org.hamcrest.Matchers.nullValue());
        String current = rotate(d.guardianA());
        Api.responseValidated().get(old.substring(old.indexOf("/api/"))).then().statusCode(404);
        feed(current).then().statusCode(200);
        Api.responseValidated().get(current.substring(current.indexOf("/api/")).replace(".ics", "x.ics")).then().statusCode(404);
        TestDistrict other = TestDistrict.create();
        String token = current.substring(current.lastIndexOf('/') + 1);
        Api.responseValidated().get("/api/v1/calendar-feeds/" + other.tenantId + "/" + token).then().statusCode(404);
        Api.validated(d.guardianA()).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        Api.responseValidated().get(current.substring(current.indexOf("/api/"))).then().statusCode(404);
        Api.validated(d.guardianA()).get("/api/v1/me/calendar-feed").then().body("active", equalTo(false));
    }

    @Test
    void oneEventAsICalendarForWhoeverMaySeeIt() {
        String event = create(LocalDate.now().plusDays(3) + "T18:00", LocalDate.now().plusDays(3) + "T19:00");
        String ics = Api.validated(d.guardianA()).get("/api/v1/events/" + event + "/calendar.ics").then().statusCode(200)
                .extract().asString();
        JsonPath parsed = IcsParser.parse(ics);
        assertEquals("event-" + event + "@tandem", parsed.getString("events[0].uid"));
        Api.responseValidated(d.guardianB()).get("/api/v1/events/" + event + "/calendar.ics").then().statusCode(404);
        Api.responseValidated(d.noContactGuardian()).get("/api/v1/events/" + event + "/calendar.ics").then().statusCode(404);
    }

    private String create(String start, String end) {
        return EventFixtures.create(d.teacherA(), EventFixtures.classEvent(d.classA,
                EventFixtures.fields(start, end, "America/New_York", null))).then().statusCode(201).extract().path("id");
    }

    private static String rotate(String token) {
        return Api.validated(token).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
    }

    private static Response feed(String url) {
        return Api.responseValidated().get(url.substring(url.indexOf("/api/")));
    }
}
