// Reads an iCalendar file with ical.js (Mozilla's parser, independent of ical4j) and prints each
// VEVENT as JSON: its UID, SEQUENCE, STATUS, local start with TZID, and the instants ical.js
// computes from the file's own VTIMEZONE definitions. Used by CalendarFeedTest.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const start = component.getFirstProperty('dtstart');
  return {
    uid: event.uid,
    summary: event.summary,
    sequence: event.sequence,
    status: component.getFirstPropertyValue('status'),
    tzid: start.getParameter('tzid'),
    localStart: event.startDate.toString(),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
  };
});
const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
process.stdout.write(JSON.stringify({ zones, events }));
