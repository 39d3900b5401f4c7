package org.tandem.events.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One VEVENT: what an event or a booked conference looks like in a calendar. */
record CalendarEntry(String uid, int sequence, String summary, String description, String location, String url,
                     LocalDateTime start, LocalDateTime end, ZoneId zone, boolean cancelled, Instant stamp) {
}
