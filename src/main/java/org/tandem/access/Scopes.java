package org.tandem.access;

import java.util.List;

/**
 * The scopes an integrator's client can be granted (the token's {@code scope} claim). Roles say who
 * the caller is; scopes narrow what an integrator's client may do.
 */
public final class Scopes {

    /** Start OneRoster imports (CSV upload, REST pull) and configure the district's roster source. */
    public static final String ROSTER_WRITE = "roster.write";
    /** Read import jobs, their progress, errors and changes. */
    public static final String ROSTER_READ = "roster.read";
    /** Read the district's directory (schools, terms, classes, people, links), nothing else. */
    public static final String DIRECTORY_READ = "directory.read";

    /** Register webhook endpoints, rotate their secrets, follow and replay their deliveries. */
    public static final String WEBHOOKS_MANAGE = "webhooks.manage";
    /** See messaging events (message.*, announcement.*) in webhooks and the changes feed. */
    public static final String MESSAGING_EVENTS = "events.messaging";
    /** See goal events (goal.*) in webhooks and the changes feed. */
    public static final String GOALS_EVENTS = "events.goals";
    /** See school events, RSVP and conference events (event.*, rsvp.*, conference.*). */
    public static final String CALENDAR_EVENTS = "events.calendar";
    /** See celebration and appreciation events (celebration.*, appreciation.*). */
    public static final String CELEBRATIONS_EVENTS = "events.celebrations";

    /** Every scope a client may be granted. */
    public static final List<String> ALL = List.of(ROSTER_WRITE, ROSTER_READ, DIRECTORY_READ, WEBHOOKS_MANAGE,
            MESSAGING_EVENTS, GOALS_EVENTS, CALENDAR_EVENTS, CELEBRATIONS_EVENTS);

    private Scopes() {
    }
}
