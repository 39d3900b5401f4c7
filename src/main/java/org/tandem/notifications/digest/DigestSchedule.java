package org.tandem.notifications.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** When a person's digest is due: the latest digest moment (their local hour, on their day for weekly ones) up to now. */
final class DigestSchedule {

    private DigestSchedule() {
    }

    static Instant latestMoment(String digest, int hour, int day, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        if ("weekly".equals(digest)) {
            date = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(day)));
        }
        ZonedDateTime moment = date.atTime(hour, 0).atZone(zone);
        if (moment.isAfter(local)) {
            moment = "weekly".equals(digest) ? moment.minusWeeks(1) : moment.minusDays(1);
        }
        return moment.toInstant();
    }

    /** Due when the latest moment passed after the last digest went out (or none ever did). */
    static boolean due(String digest, int hour, int day, ZoneId zone, Instant lastDigest, Instant now) {
        return lastDigest == null || lastDigest.isBefore(latestMoment(digest, hour, day, zone, now));
    }
}
