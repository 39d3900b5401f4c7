package org.tandem.messaging.officehours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A staff member's office hours: weekly opening times in their own time zone. Daylight-saving
 * changes follow the zone (08:00 stays 08:00 local), which is why times are not stored in UTC.
 */
public record WeeklyHours(ZoneId zone, List<Opening> openings) {

    /** One weekly opening, e.g. monday 08:00–15:30; never across midnight. */
    record Opening(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    public boolean openAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return openings.stream().anyMatch(o -> o.day() == local.getDayOfWeek()
                && !time.isBefore(o.start()) && time.isBefore(o.end()));
    }

    /** The first opening that starts after {@code instant}, within the coming week. */
    Optional<Instant> nextOpeningAfter(Instant instant) {
        LocalDate today = instant.atZone(zone).toLocalDate();
        return java.util.stream.IntStream.rangeClosed(0, 7).mapToObj(today::plusDays)
                .flatMap(date -> openings.stream().filter(o -> o.day() == date.getDayOfWeek())
                        .map(o -> ZonedDateTime.of(date, o.start(), zone).toInstant()))
                .filter(start -> start.isAfter(instant))
                .min(Instant::compareTo);
    }

    /** The earliest time any of these people opens, when all of them are closed now; empty otherwise. */
    public static Optional<Instant> earliestOpeningWhenAllClosed(List<WeeklyHours> people, Instant now) {
        if (people.stream().anyMatch(p -> p.openAt(now))) {
            return Optional.empty();
        }
        return people.stream().map(p -> p.nextOpeningAfter(now)).flatMap(Optional::stream)
                .min(Instant::compareTo);
    }
}
