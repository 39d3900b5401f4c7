package org.tandem.messaging.officehours;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class OfficeHoursTest {

    private static final String MINE = "/api/v1/me/office-hours";

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void staffSetAndReadTheirOfficeHours() {
        Response set = put(d.teacherA(), "America/Chicago", List.of(opening("wednesday", "13:00", "14:00"),
                opening("monday", "08:00", "15:30")));
        set.then().statusCode(200).header("ETag", notNullValue()).body("timeZone", equalTo("America/Chicago"))
                .body("hours[0].day", equalTo("monday")).body("hours[1].start", equalTo("13:00"))
                .body("$", not(hasKey("staffId")));
        Api.validated(d.teacherA()).get(MINE).then().statusCode(200).body("hours.size()", equalTo(2));

        Api.validated(d.teacherA()).header("If-Match", "\"99\"").contentType("application/json")
                .body(Map.of("timeZone", "UTC", "hours", List.of(opening("friday", "09:00", "10:00"))))
                .put(MINE).then().statusCode(412);
        Api.validated(d.teacherA()).header("If-Match", set.header("ETag")).contentType("application/json")
                .body(Map.of("timeZone", "UTC", "hours", List.of(opening("friday", "09:00", "10:00"))))
                .put(MINE).then().statusCode(200).body("timeZone", equalTo("UTC"));

        Api.validated(d.teacherA()).delete(MINE).then().statusCode(204);
        Api.responseValidated(d.teacherA()).get(MINE).then().statusCode(404);
    }

    @Test
    void invalidHoursAre422AndChangeNothing() {
        put(d.teacherA(), "Mars/Olympus_Mons", List.of(opening("monday", "08:00", "09:00"))).then().statusCode(422)
                .body("errors[0].field", equalTo("timeZone"));
        put(d.teacherA(), "UTC", List.of(opening("monday", "09:00", "08:00"))).then().statusCode(422)
                .body("errors[0].field", equalTo("hours[0].end"));
        put(d.teacherA(), "UTC", List.of(opening("monday", "08:00", "10:00"), opening("monday", "09:00", "11:00")))
                .then().statusCode(422).body("errors[0].field", equalTo("hours[1]"));
        putRaw(d.teacherA(), Map.of("timeZone", "UTC", "hours", List.of())).then().statusCode(422);
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            tooMany.add(opening("monday", String.format("%02d:00", i % 24), String.format("%02d:30", i % 24)));
        }
        putRaw(d.teacherA(), Map.of("timeZone", "UTC", "hours", tooMany)).then().statusCode(422);
        putRaw(d.teacherA(), Map.of("timeZone", "UTC", "hours", List.of(opening("funday", "08:00", "09:00"))))
                .then().statusCode(422);
        putRaw(d.teacherA(), Map.of("timeZone", "UTC", "hours", List.of(opening("monday", "8am", "9am"))))
                .then().statusCode(422);
        Api.responseValidated(d.teacherA()).get(MINE).then().statusCode(404);
    }

    @Test
    void guardiansHaveNoOfficeHours() {
        putRaw(d.guardianA(), Map.of("timeZone", "UTC", "hours", List.of(opening("monday", "08:00", "09:00"))))
                .then().statusCode(403);
        Api.responseValidated(d.guardianA()).get(MINE).then().statusCode(403);
    }

    @Test
    void familiesOfTheirStudentsAndColleaguesReadAStaffMembersHours() {
        String path = "/api/v1/staff/" + d.teacherAStaffId + "/office-hours";
        Api.responseValidated(d.guardianA()).get(path).then().statusCode(404);
        put(d.teacherA(), "America/Chicago", List.of(opening("monday", "08:00", "15:30"))).then().statusCode(200);
        for (String reader : List.of(d.guardianA(), d.teacherB(), d.schoolAdmin(), d.districtAdmin())) {
            Api.validated(reader).get(path).then().statusCode(200)
                    .body("staffId", equalTo(d.teacherAStaffId.toString())).body("hours[0].end", equalTo("15:30"));
        }
        TestDistrict other = TestDistrict.create();
        for (String stranger : List.of(d.guardianB(), d.noContactGuardian(), other.guardianA(), other.districtAdmin())) {
            Api.responseValidated(stranger).get(path).then().statusCode(404);
        }
    }

    @Test
    void aGuardianIsToldWhenAReplyCanBeExpected() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "How was the weekend?");
        String threadPath = "/api/v1/threads/" + thread;
        Api.validated(d.guardianA()).get(threadPath).then().statusCode(200)
                .body("$", not(hasKey("staffAvailableNow"))).body("$", not(hasKey("replyExpectedBy")));

        // Open only the day after tomorrow, 10:00–11:00 UTC: closed now.
        LocalDateTime later = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        put(d.teacherA(), "UTC", List.of(opening(day(later), "10:00", "11:00"))).then().statusCode(200);
        Api.validated(d.guardianA()).get(threadPath).then().statusCode(200)
                .body("staffAvailableNow", equalTo(false))
                .body("replyExpectedBy", equalTo(later.toInstant(ZoneOffset.UTC).toString()));

        // Open all of today, in a zone where it is not nearly midnight: available now.
        ZoneId zone = midDay();
        put(d.teacherA(), zone.getId(), List.of(opening(day(LocalDateTime.now(zone)), "00:00", "23:59")))
                .then().statusCode(200);
        Api.validated(d.guardianA()).get(threadPath).then().statusCode(200)
                .body("staffAvailableNow", equalTo(true)).body("$", not(hasKey("replyExpectedBy")));

        Api.validated(d.teacherA()).get(threadPath).then().body("$", not(hasKey("staffAvailableNow")));
        Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200)
                .body("items[0]", not(hasKey("staffAvailableNow")));
    }

    private static ZoneId midDay() {
        int hour = LocalDateTime.now(ZoneOffset.UTC).getHour();
        return ZoneId.of(hour >= 2 && hour < 22 ? "UTC" : "Asia/Tokyo");
    }

    private static String day(LocalDateTime time) {
        return time.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> opening(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    private static Response put(String token, String zone, List<Map<String, String>> hours) {
        return Api.validated(token).contentType("application/json").body(Map.of("timeZone", zone, "hours", hours))
                .put(MINE);
    }

    private static Response putRaw(String token, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body).put(MINE);
    }
}
