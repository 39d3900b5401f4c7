package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) with ical4j: local times with TZID and a VTIMEZONE for each zone used,
 * from ical4j's bundled definitions (its updater is off in ical4j.properties: nothing is fetched).
 * DTSTAMP is the entry's last change, so an unchanged calendar is byte-for-byte the same (ETags).
 */
@ApplicationScoped
class ICalendarWriter {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    String write(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Events and conferences//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zoneIds = new LinkedHashSet<>();
        entries.forEach(e -> zoneIds.add(e.zone().getId()));
        for (String zone : zoneIds) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry e) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(e.stamp()));
        event.add(new DtStart<>(e.start().atZone(e.zone())));
        event.add(new DtEnd<>(e.end().atZone(e.zone())));
        event.add(new Summary(e.summary()));
        event.add(new Sequence(e.sequence()));
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.url() != null) {
            try {
                event.add(new Url(new URI(e.url())));
            } catch (URISyntaxException ignored) {
                // A link that is not a URI stays in the description only.
            }
        }
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
