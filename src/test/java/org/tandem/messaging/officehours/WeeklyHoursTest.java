package org.tandem.messaging.officehours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final WeeklyHours TEACHER = new WeeklyHours(CHICAGO, List.of(
            new WeeklyHours.Opening(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(15, 30)),
            new WeeklyHours.Opening(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0))));

    @Test
    void openingsAreInTheStaffMembersLocalTime() {
        // Monday 2026-03-02 08:00 in Chicago (CST) is 14:00 UTC.
        assertFalse(TEACHER.openAt(Instant.parse("2026-03-02T13:59:59Z")));
        assertTrue(TEACHER.openAt(Instant.parse("2026-03-02T14:00:00Z")));
        assertTrue(TEACHER.openAt(Instant.parse("2026-03-02T21:29:59Z")));
        assertFalse(TEACHER.openAt(Instant.parse("2026-03-02T21:30:00Z")));
    }

    @Test
    void theNextOpeningIsLaterTheSameDayOrInTheComingWeek() {
        assertEquals(Optional.of(Instant.parse("2026-03-04T19:00:00Z")),
                TEACHER.nextOpeningAfter(Instant.parse("2026-03-02T22:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-03-02T14:00:00Z")),
                TEACHER.nextOpeningAfter(Instant.parse("2026-03-02T06:00:00Z")));
        // After Wednesday's opening the next is Monday, by then in daylight-saving time (CDT, UTC-5).
        assertEquals(Optional.of(Instant.parse("2026-03-09T13:00:00Z")),
                TEACHER.nextOpeningAfter(Instant.parse("2026-03-04T20:00:00Z")));
    }

    @Test
    void aReplyIsExpectedWhenTheFirstStaffMemberOpens() {
        WeeklyHours counselor = new WeeklyHours(ZoneId.of("UTC"), List.of(
                new WeeklyHours.Opening(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        Instant mondayNight = Instant.parse("2026-03-02T23:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-03-03T09:00:00Z")),
                WeeklyHours.earliestOpeningWhenAllClosed(List.of(TEACHER, counselor), mondayNight));
        Instant mondayMorningInChicago = Instant.parse("2026-03-02T15:00:00Z");
        assertEquals(Optional.empty(),
                WeeklyHours.earliestOpeningWhenAllClosed(List.of(TEACHER, counselor), mondayMorningInChicago));
    }
}
