package org.tandem.events;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Conference requests for tests. */
final class ConferenceFixtures {

    private ConferenceFixtures() {
    }

    static Map<String, Object> draft(UUID classId, List<LocalDate> dates, String start, String end, int slot, int pause) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Fall conferences");
        if (classId != null) {
            body.put("classId", classId);
        }
        body.put("timeZone", "America/Chicago");
        body.put("dates", dates.stream().map(LocalDate::toString).toList());
        body.put("startTime", start);
        body.put("endTime", end);
        body.put("slotMinutes", slot);
        body.put("breakMinutes", pause);
        body.put("mode", "in_person");
        body.put("place", "Room 12");
        return body;
    }

    /** Publishes a window and answers the conference as JSON. */
    static JsonPath publish(String token, Map<String, Object> draft) {
        return Api.validated(token).contentType("application/json").body(draft).post("/api/v1/conferences")
                .then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.Response book(String token, String conference, String slot, UUID student) {
        return Api.responseValidated(token).contentType("application/json")
                .body(Map.of("slotId", slot, "studentId", student.toString()))
                .post("/api/v1/conferences/" + conference + "/bookings");
    }

    /** Links an existing guardian to another student (a sibling in another class). */
    static void link(TestDistrict d, UUID guardian, UUID student) {
        d.inTenant(em -> em.persist(new Guardianship(student, guardian, Relationship.MOTHER, true,
                Guardianship.Permissions.ALL, false, null)));
    }

    static LocalDate nextWeek() {
        return LocalDate.now().plusDays(7);
    }
}
